using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>
/// The tool commands (tax, ledger, users, payslips, generate, example, explain) speak Chinese by default and English
/// under the "en" UI culture: one distinctive sentence of each family in both languages.
/// </summary>
public sealed class ToolLanguageTests
{
    private static (int Code, string Output, string Errors) Tax(TaxWhatIf q, int year)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = new TaxQuestion(output, errors).Answer(Repo.Path("rules"), q, year);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Tax_ChineseByDefault_EnglishOnRequest()
    {
        var q = new TaxWhatIf(10000m, 1500m, 1000m, 1, 12, false, false, 38000m, 12);
        string zh;
        using (UiCulture.Use("zh-CN")) zh = Tax(q, 2026).Output;
        Assert.Contains("2026 年个人所得税，累计预扣法（国家税务总局公告 2018 年第 61 号）：月工资 10,000.00", zh);
        Assert.Contains("更省税：并入工资（节省 210.00）", zh);
        Assert.Contains("本月预扣", zh);
        Assert.DoesNotContain("cheaper", zh);
        string en;
        using (UiCulture.Use("en")) en = Tax(q, 2026).Output;
        Assert.Contains("Income tax 2026, cumulative withholding (STA 2018 No. 61): wage 10,000.00/month", en);
        Assert.Contains("cheaper: folding into wages (saves 210.00)", en);
    }

    [Fact]
    public void Tax_YearRefusal_ChineseByDefault_EnglishOnRequest()
    {
        var q = new TaxWhatIf(10000m, 0m, 0m, 1, 12, false, false, 0m, 12);
        using (UiCulture.Use("zh-CN"))
        {
            var (code, output, errors) = Tax(q, 2018);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.StartsWith("无法加载税务规则：", errors);
            Assert.Contains("个税试算适用于 2019 至 今 年，不含 2018 年。", errors);
        }
        using (UiCulture.Use("en"))
            Assert.StartsWith("The tax rules could not be loaded:", Tax(q, 2018).Errors);
    }

    /// <summary>The refusal of each stored-month command when there is no database, in both languages.</summary>
    [Theory]
    [InlineData("zh-CN", "{0} 处没有数据库：还没有运行过任何月份（请用 --db 指定，或先运行 `paycalc run`）。")]
    [InlineData("en", "No database at {0}: no month has been run yet (give --db, or run `paycalc run` first).")]
    public void NoDatabase_PayslipsExplainLedger_InTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var db = Path.Combine(Path.GetTempPath(), "paycalc-no-such-" + Guid.NewGuid().ToString("N"), "paycalc.db");
        var errors = new StringWriter();
        Assert.Equal(1, new PayslipDocuments(TextWriter.Null, errors, TimeProvider.System).Write(new PayslipsRequest(new Period(2026, 10), db, Path.GetTempPath())));
        Assert.Equal(1, new ExplainPayslip(TextWriter.Null, errors, TimeProvider.System).Explain(db, new Period(2026, 10), "A001", null));
        Assert.Equal(1, new BonusLedger(TextWriter.Null, errors, TimeProvider.System).Run(db, 2026, null, Path.GetTempPath()));
        var lines = errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal(expected.Replace("{0}", db, StringComparison.Ordinal), l));
    }

    [Fact]
    public void UsersInvite_NoDatabase_ChineseByDefault_EnglishOnRequest()
    {
        var db = Path.Combine(Path.GetTempPath(), "paycalc-no-such-" + Guid.NewGuid().ToString("N"), "paycalc.db");
        var errors = new StringWriter();
        using (UiCulture.Use("zh-CN"))
            Assert.Equal(1, new UserAccounts(TextWriter.Null, errors, TimeProvider.System).Invite(db, new Period(2026, 10), null, Path.GetTempPath(), "/a"));
        Assert.Equal($"paycalc users invite：没有数据库 {db}；请先运行一个月。", errors.ToString().Trim());
        errors = new StringWriter();
        using (UiCulture.Use("en"))
            Assert.Equal(1, new UserAccounts(TextWriter.Null, errors, TimeProvider.System).Invite(db, new Period(2026, 10), null, Path.GetTempPath(), "/a"));
        Assert.Equal($"paycalc users invite: there is no database {db}; run a month first.", errors.ToString().Trim());
    }
}
