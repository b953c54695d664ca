namespace PayCalc.Tests.Web;

/// <summary>What an agent sees: the payslip grouped 应发 / 扣款 / 实发, each line opening onto its explanation and the rows
/// behind it; Chinese by default, English on request.</summary>
public sealed class WebPageTests(PayCalcWeb web) : IClassFixture<PayCalcWeb>
{
    [Fact]
    public async Task OctoberPayslip_NightAllowanceOpensOntoItsTwoShifts()
    {
        var client = await web.LoggedIn("A001");

        var page = await client.GetStringAsync("/Me/Payslip/2026-10");

        Assert.Contains("夜班津贴", page);
        Assert.Contains("应发", page);
        Assert.Contains("扣款", page);
        Assert.Contains("实发", page);
        var night = page[page.IndexOf("data-line=\"night_allowance\"", StringComparison.Ordinal)..];
        night = night[..night.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Contains("120.00", night);
        Assert.Contains("2026-10-17", night);
        Assert.Contains("2026-10-18", night);
        Assert.Contains("attendance.xlsx:考勤:11", night);
    }

    [Fact]
    public async Task English_OnRequest()
    {
        var client = await web.LoggedIn("A001");

        var page = await client.GetStringAsync("/Me/Payslip/2026-10?culture=en");

        Assert.Contains("Night-shift allowance", page);
        Assert.Contains("Net pay", page);
        Assert.DoesNotContain("实发", page);
    }

    [Fact]
    public async Task MonthList_LinksEachOwnMonth()
    {
        var client = await web.LoggedIn("A002");

        var page = await client.GetStringAsync("/Me");

        Assert.Contains("/Me/Payslip/2026-10", page);
        Assert.Contains("/Me/Payslip/2026-11", page);
    }
}
