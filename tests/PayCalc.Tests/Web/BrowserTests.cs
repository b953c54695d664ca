using Microsoft.Playwright;

namespace PayCalc.Tests.Web;

/// <summary>In real Chromium at a phone's size: an agent opens October's payslip and the night allowance's shifts; HR
/// opens a month and sees its exceptions. Screenshots are kept in <c>docs/screenshots/</c> for the README.</summary>
public sealed class BrowserTests(BrowserWeb web) : IClassFixture<BrowserWeb>
{
    [Fact]
    public async Task Agent_OpensOctober_ExpandsTheNightAllowance_SeesItsShifts()
    {
        var page = await web.PhonePage();

        await BrowserWeb.LogIn(page, "A001");
        await page.ClickAsync("a[href='/Me/Payslip/2026-10']");
        var night = page.Locator("details[data-line=night_allowance]");
        await night.Locator("summary").ClickAsync();

        var rows = await night.Locator("ul[data-rows] li").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("2026-10-17", rows[0]);
        Assert.StartsWith("2026-10-18", rows[1]);
        Assert.True(await night.Locator("ul[data-rows]").IsVisibleAsync());
        Assert.Contains("实发", await page.Locator("[data-net]").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserWeb.Screenshot("agent-payslip.png"), FullPage = true });
    }

    [Fact]
    public async Task Hr_OpensOctober_SeesTheExceptions()
    {
        var page = await web.PhonePage();

        await BrowserWeb.LogIn(page, "hr");
        await page.ClickAsync("a[href='/Hr/Month/2026-10']");

        Assert.True(await page.Locator("[data-exceptions]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-exceptions] li").CountAsync() > 0);
        // Nothing wider than the phone: the page does not scroll sideways.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserWeb.Screenshot("hr-exceptions.png"), FullPage = true });
    }
}
