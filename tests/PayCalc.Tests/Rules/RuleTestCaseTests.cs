using PayCalc.Application;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// Runs every rule-test case of rules/tests and rules/statutory/cases (one row per case), and checks that the runner
/// reports a deliberately wrong case (tests/PayCalc.Tests/Fixtures/rule-tests) as failed, with expected vs actual.
/// </summary>
public class RuleTestCaseTests
{
    private static readonly string RulesFolder = Repo.Path("rules");

    // One runner for the shipped cases: plans and calendars load once; xunit runs a class's rows one at a time.
    private static readonly Lazy<(RuleTestRunner Runner, IReadOnlyList<RuleTestCase> Cases)> Shipped = new(() =>
    {
        var runner = new RuleTestRunner(RulesFolder);
        return (runner, runner.Read(RuleTestRunner.DefaultPaths(RulesFolder)));
    });

    private static string Fixture(string name) => Repo.Path("tests", "PayCalc.Tests", "Fixtures", "rule-tests", name);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Shipped.Value.Cases) data.Add(Path.GetFileName(c.File), c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_Passes(string file, string name)
    {
        var (runner, cases) = Shipped.Value;
        Assert.Empty(runner.Errors);
        var result = runner.Run(cases.Single(c => Path.GetFileName(c.File) == file && c.Name == name));
        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Failures));
        Assert.True(result.Expectations > 0);
    }

    [Fact]
    public void ShippedCases_CoverTheStatutoryExamplesAndEveryBonusRule()
    {
        var cases = Shipped.Value.Cases;
        Assert.Equal(8, cases.Count(c => Path.GetFileName(c.File) == "net-pay.yaml"));
        Assert.Equal(["bank-card-center-bonuses.yaml", "bank-card-center-commission.yaml", "ecommerce-aftersales.yaml", "net-pay.yaml"],
            cases.Select(c => Path.GetFileName(c.File)).Distinct().Order(StringComparer.Ordinal));
        var expected = cases.SelectMany(c => c.Months).SelectMany(m => m.Expectations).Select(e => e.Code).ToHashSet();
        foreach (var line in new[] { "installment_commission", "commission_clawback", "quarterly_bonus", "annual_bonus", "pk_award", "team_metrics_bonus", "repeat_order_commission" })
            Assert.Contains(line, expected);
    }

    [Fact]
    public void WrongCase_FailsWithExpectedVsActualAndTheExplanation()
    {
        using var _ = UiCulture.Use("en");
        var runner = new RuleTestRunner(RulesFolder);
        var test = Assert.Single(runner.Read([Fixture("wrong-expectation.yaml")]));
        Assert.Empty(runner.Errors);

        var result = runner.Run(test);

        Assert.False(result.Passed);
        Assert.Equal(2, result.Expectations);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("Wrong on purpose | 2026-10 | A001 | base_pay: expected 5000.00, actual 5220.00", failure.Message[..failure.Message.IndexOf("  (", StringComparison.Ordinal)]);
        Assert.EndsWith("wrong-expectation.yaml:11)", failure.Message);
        Assert.Contains("rule:   base_salary * (probation_pay_rate * Ep + Er) / W", failure.Explanation);
        Assert.Contains("values: 5220 * (0.8 * 0 + 18) / 18", failure.Explanation);
        Assert.Contains("probation_pay_rate = 0.8   (parameter, in force from 2025-01-01, plans/bank-card-center.yaml:", failure.Explanation);
    }

    [Fact]
    public void Command_PrintsEachFailureAndTheSummary_Exit1()
    {
        using var _ = UiCulture.Use("en");
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = new RuleTestRunner(RulesFolder).Run([Fixture("wrong-expectation.yaml")], output, errors);

        Assert.Equal(1, exit);
        Assert.Equal("", errors.ToString());
        var text = output.ToString();
        Assert.Contains("FAIL  Wrong on purpose", text);
        Assert.Contains("base_pay: expected 5000.00, actual 5220.00", text);
        Assert.EndsWith("1 cases, 2 expectations: 1 passed, 1 failed" + Environment.NewLine, text);
    }

    [Fact]
    public void Command_PassingCases_Exit0()
    {
        using var _ = UiCulture.Use("en");
        var output = new StringWriter();
        var exit = new RuleTestRunner(RulesFolder).Run([Repo.Path("rules", "tests", "ecommerce-aftersales.yaml")], output, new StringWriter());
        Assert.Equal(0, exit);
        Assert.Contains("2 cases, 36 expectations: 36 passed, 0 failed", output.ToString());
    }

    [Fact]
    public void BadCaseFile_ReportsEveryProblemWithItsLine_AndRunsNothing()
    {
        using var _ = UiCulture.Use("en");
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = new RuleTestRunner(RulesFolder).Run([Fixture("bad-case-file.yaml")], output, errors);

        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
        var text = errors.ToString();
        Assert.Contains("bad-case-file.yaml:6: [Broken] 'hire_date' is not a date (yyyy-MM-dd): '2026-13-01'.", text);
        Assert.Contains("bad-case-file.yaml:6: [Broken] unknown key 'colour'.", text);
        Assert.Contains("bad-case-file.yaml:9: [Broken] 'aht_seconds' is not a metric of plan ecommerce-aftersales", text);
        Assert.Contains("bad-case-file.yaml:10: [Broken] 'refund_rate' is not a number: 'high'.", text);
        Assert.Contains("bad-case-file.yaml:11: [Broken] 'bonus_pay' is not a line or variable of plan ecommerce-aftersales.", text);
        Assert.Contains("bad-case-file.yaml:12: [Broken] months must be in order", text);
        Assert.Contains("bad-case-file.yaml:14: plan '../../../../rules/plans/missing.yaml' not found", text);
        Assert.Contains("bad-case-file.yaml:13: [Plan that does not load] the case expects nothing", text);
    }

    [Fact]
    public void PlanThatDoesNotCompile_IsReportedWithThePlansFileAndLine()
    {
        using var _ = UiCulture.Use("en");
        var runner = new RuleTestRunner(RulesFolder);
        runner.Read([Fixture("broken-plan.yaml")]);
        Assert.Collection(runner.Errors,
            e => Assert.Contains("does not compile for 2026-10", e.Message),
            e => Assert.Equal(("broken.yaml", 14, "base_pay"), (Path.GetFileName(e.File), e.Line, e.Code)));
    }

    [Fact]
    public void ReadmeExample_IsAValidCaseFileThatPasses()
    {
        var readme = File.ReadAllText(Repo.Path("rules", "tests", "README.md"));
        var start = readme.IndexOf("```yaml", StringComparison.Ordinal) + "```yaml".Length;
        var yaml = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var path = Path.Combine(Repo.Path("rules", "tests"), $"readme-example-{Guid.NewGuid():N}.tmp");
        File.WriteAllText(path, yaml);
        try
        {
            var runner = new RuleTestRunner(RulesFolder);
            var cases = runner.Read([path]);
            Assert.Empty(runner.Errors);
            Assert.All(cases, c => Assert.True(runner.Run(c).Passed, string.Join(Environment.NewLine, runner.Run(c).Failures)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
