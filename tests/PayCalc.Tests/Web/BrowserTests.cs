using Microsoft.Playwright;

namespace PayCalc.Tests.Web;

/// <summary>In real Chromium at a phone's size: an agent opens October's payslip and the night allowance's shifts, and runs a what-if on December so far; HR
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
    public async Task Agent_RunsAWhatIf_SeesTheExpectedPayChange()
    {
        var page = await web.PhonePage();

        await BrowserWeb.LogIn(page, "A001");
        await page.ClickAsync("a[data-estimate-link]");
        Assert.Contains("预估", await page.Locator("[data-estimate] .badge").InnerTextAsync());
        var before = await page.Locator("[data-expected-net]").InnerTextAsync();
        await page.FillAsync("input[name=ExtraNightShifts]", "2");
        await page.ClickAsync("button.primary");

        var after = await page.Locator("[data-whatif-net]").InnerTextAsync();
        var change = await page.Locator("[data-whatif-change]").InnerTextAsync();
        Assert.Equal(Money(after) - Money(before), Money(change));
        Assert.True(Money(change) > 0, change);
        Assert.Contains("额外 2 个夜班", await page.Locator("[data-assumptions]").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserWeb.Screenshot("agent-whatif.png"), FullPage = false });
    }

    private static decimal Money(string text) =>
        decimal.Parse(text.Replace(",", "", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);

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
