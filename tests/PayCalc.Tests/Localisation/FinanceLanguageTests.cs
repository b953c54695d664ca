using PayCalc.Application;
using PayCalc.Cli;
using PayCalc.Cli.Commands;
using PayCalc.Domain;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>Finance's commands (verify, simulate, rules show, rules diff, test) speak the UI language: Chinese by
/// default, English on request; codes, file names and numbers stay as they are inside the sentence.</summary>
public sealed class FinanceLanguageTests : IDisposable
{
    private static readonly Period October = new(2026, 10);
    private readonly string _missingDb = Path.Combine(Path.GetTempPath(), $"paycalc-missing-{Guid.NewGuid():N}", "payroll.db");

    public void Dispose() { }

    [Theory]
    [InlineData("zh-CN", "2026-10 无法核对：没有数据库 ")]
    [InlineData("en", "2026-10 cannot be verified: there is no database ")]
    public void Verify_WithoutDatabase_IsRefusedInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var outcome = new VerifyMonth(TimeProvider.System).Verify(new VerifyRequest(October, _missingDb));
        Assert.StartsWith(expected, Assert.Single(outcome.Problems));
        Assert.EndsWith(_missingDb + (culture == "en" ? "." : "。"), outcome.Problems[0]);
    }

    [Theory]
    [InlineData("zh-CN", "2026-10：1,234 张工资单、5,678 行完全一致。", "2026-10：已保存的结果与按已保存输入和规则重算的结果有 1 处差异，涉及 1,234 张工资单中的 1 张：", "员工")]
    [InlineData("en", "2026-10: 1,234 payslips, 5,678 lines identical.", "2026-10: 1 difference(s) on 1 of 1,234 payslips between what is stored and what the stored input and rules give:", "agent")]
    public void Verify_PrintsItsSummaryInTheUiLanguage(string culture, string identical, string different, string column)
    {
        using var _ = UiCulture.Use(culture);
        var output = new StringWriter();
        Assert.Equal(PayrollRunner.Ok, VerifyCommand.Print(October, new VerifyOutcome { Payslips = 1234, Lines = 5678 }, output, new StringWriter()));
        Assert.Equal(identical, output.ToString().TrimEnd());

        output = new StringWriter();
        var outcome = new VerifyOutcome { Payslips = 1234, Lines = 5678, Differences = [new PayslipDifference("A001", "base_pay", 15220.00m, 5220.00m)] };
        Assert.Equal(PayrollRunner.Failure, VerifyCommand.Print(October, outcome, output, new StringWriter()));
        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(different, lines[0]);
        Assert.StartsWith("  " + column, lines[1]);
        Assert.Matches(@"A001\s+base_pay\s+15,220\.00\s+5,220\.00", lines[2]);
    }

    [Theory]
    [InlineData("zh-CN", "范围 2026-11..2026-10 为空：第一个月不能晚于最后一个月。")]
    [InlineData("en", "the range 2026-11..2026-10 is empty: the first month must not be after the last.")]
    public void Simulate_AnEmptyRange_IsRefusedInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var outcome = new SimulateMonths(TimeProvider.System).Simulate(new SimulateRequest("plan.yaml", new Period(2026, 11), October, _missingDb, "rules"));
        Assert.Null(outcome.Report);
        Assert.Equal(expected, outcome.Failure!.Refusal);
    }

    [Theory]
    [InlineData("zh-CN", "没有可供模拟的已保存数据。")]
    [InlineData("en", ": nothing stored to simulate on.")]
    public void Simulate_WithoutDatabase_IsRefusedInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var outcome = new SimulateMonths(TimeProvider.System).Simulate(new SimulateRequest("plan.yaml", October, October, _missingDb, "rules"));
        Assert.Contains(_missingDb, outcome.Failure!.Refusal);
        Assert.EndsWith(expected, outcome.Failure.Refusal);
    }

    [Theory]
    [InlineData("zh-CN", "处没有数据库：还没有运行过任何月份（请指定 --db，或先运行 `paycalc run`）。")]
    [InlineData("en", ": no month has been run yet (give --db, or run `paycalc run` first).")]
    public void RulesShow_WithoutDatabase_IsRefusedInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var errors = new StringWriter();
        Assert.Equal(PayrollRunner.Failure, new ShowRules(new StringWriter(), errors, TimeProvider.System).Show(_missingDb, October, null));
        Assert.Contains(_missingDb, errors.ToString());
        Assert.EndsWith(expected, errors.ToString().TrimEnd());
    }

    [Theory]
    [InlineData("zh-CN", "根据已保存的输入和规则重新计算已保存的月份", "拟用的方案重新计算已保存的月份", "打印已保存月份计算时所用的规则文件", "查看和比较规则", "运行规则测试")]
    [InlineData("en", "Recompute a stored month from its stored input and rules", "Recompute stored months with a proposed plan", "Print the rule files", "Read and compare the rules", "Run the rule tests")]
    public void Help_DescribesTheCommandsInTheUiLanguage(string culture, string verify, string simulate, string show, string rules, string test)
    {
        using var _ = UiCulture.Use(culture);
        var settings = new PayCalcSettings();
        Assert.StartsWith(verify, VerifyCommand.Create(settings).Description);
        Assert.Contains(simulate, SimulateCommand.Create(settings).Description);
        Assert.StartsWith(show, RulesShowCommand.Create(settings).Description);
        Assert.StartsWith(rules, RulesCommand.Create(settings).Description);
        Assert.StartsWith(test, TestCommand.Create(settings).Description);
    }
    [Theory]
    [InlineData("zh-CN", "失败  Wrong on purpose", "base_pay：预期 5000.00，实际 5220.00", "1 个用例，2 项预期：1 项通过，1 项失败")]
    [InlineData("en", "FAIL  Wrong on purpose", "base_pay: expected 5000.00, actual 5220.00", "1 cases, 2 expectations: 1 passed, 1 failed")]
    public void Test_PrintsFailuresAndTheSummaryInTheUiLanguage(string culture, string status, string failure, string summary)
    {
        using var _ = UiCulture.Use(culture);
        var output = new StringWriter();
        var exit = new RuleTestRunner(Repo.Path("rules")).Run([Repo.Path("tests", "PayCalc.Tests", "Fixtures", "rule-tests", "wrong-expectation.yaml")], output, new StringWriter());
        Assert.Equal(PayrollRunner.Failure, exit);
        var text = output.ToString();
        Assert.Contains(status, text);
        Assert.Contains(failure, text);
        Assert.EndsWith(summary + Environment.NewLine, text);
    }

    [Theory]
    [InlineData("zh-CN", "paycalc test：在 ")]
    [InlineData("en", "paycalc test: no case found in ")]
    public void Test_WithoutCases_SaysSoInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        using var empty = new TempFolder();
        var errors = new StringWriter();
        Assert.Equal(PayrollRunner.Failure, new RuleTestRunner(Repo.Path("rules")).Run([empty.Path], new StringWriter(), errors));
        Assert.StartsWith(expected + empty.Path, errors.ToString());
    }
    [Theory]
    [InlineData("zh-CN", "paycalc rules diff：(none) 处没有数据库", "（无）", "两个版本的规则之间有何变化")]
    [InlineData("en", "paycalc rules diff: no database at (none) to read the rules of 2026-10 from (give --db).", "(none)", "What changed between two versions of the rules")]
    public void RulesDiff_APeriodSideWithoutDatabase_IsRefusedInTheUiLanguage(string culture, string expected, string none, string help)
    {
        using var _ = UiCulture.Use(culture);
        var errors = new StringWriter();
        var exit = new RuleDiff(new StringWriter(), errors).Run("period:2026-10", Repo.Path("rules", "plans", "bank-card-center.yaml"), RuleDiffFormat.Text);
        Assert.Equal(PayrollRunner.Failure, exit);
        Assert.StartsWith(expected.Replace("(none)", none, StringComparison.Ordinal), errors.ToString());
        Assert.StartsWith(help, RulesDiffCommand.Create(new PayCalcSettings()).Description);
    }

    [Theory]
    [InlineData("zh-CN", "与 ", " 之间没有规则变更")]
    [InlineData("en", "no rule changes between ", " and ")]
    public void RulesDiff_NoChange_SaysSoInTheUiLanguage(string culture, string first, string second)
    {
        using var _ = UiCulture.Use(culture);
        var output = new StringWriter();
        RuleChangeReport.WriteText(output, "a.yaml", "b.yaml", []);
        Assert.Contains(first, output.ToString());
        Assert.Contains(second, output.ToString());
        Assert.Contains("a.yaml", output.ToString());
    }
}
