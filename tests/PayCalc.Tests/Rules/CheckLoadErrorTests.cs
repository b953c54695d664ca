using PayCalc.Domain;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// A check that cannot be built stops the load like any rule: file:line: [check code] message, every problem at once,
/// before anything runs. Each test works on a copy of rules/ with the plan's checks file replaced.
/// </summary>
public sealed class CheckLoadErrorTests : IDisposable
{
    private readonly TempFolder _rules = new();

    public CheckLoadErrorTests()
    {
        Repo.CopyRules(_rules.Path);
    }

    public void Dispose() => _rules.Dispose();

    private string ChecksPath => Path.Combine(_rules.Path, "checks", "bank-card-center.yaml");

    private IReadOnlyList<RuleError> Errors(string checks)
    {
        File.WriteAllText(ChecksPath, checks);
        var plan = Path.Combine(_rules.Path, "plans", "bank-card-center.yaml");
        return Assert.Throws<RuleLoadException>(() => PlanCompiler.Compile(PlanLoader.Load(plan), new Period(2026, 10))).Errors;
    }

    private const string Header = "name: broken checks\nchecks:\n";

    [Theory]
    [InlineData("      - each: contract\n        as: c", 5, "unknown fact type 'contract'")]
    [InlineData("      - each: deal\n        as: d\n        where: d.Amont > 0", 5, "a deal has no field 'Amont' (at character 3); did you mean Amount?")]
    [InlineData("      - each: deal\n        as: d\n        where: d.Amount > comission", 5, "unknown name 'comission'")]
    [InlineData("      - each: deal\n        as: d\n        on: desk", 7, "'on' must be one of agent, team, all: 'desk'")]
    [InlineData("      - each: deal\n        as: d\n        on: team", 5, "'deal' facts cannot be joined on team")]
    [InlineData("      - each: deal\n        as: d\n        where: d.DealId.PadLeft(40) != \"\"", 5, "calling String.PadLeft is not available")]
    public void BrokenPattern_NamesFileLineAndCheck(string pattern, int line, string expected)
    {
        using var _ = UiCulture.Use("en");
        var e = Assert.Single(Errors(Header + "  - code: broken\n    match:\n" + pattern + "\n    message: m\n"));

        Assert.EndsWith(Path.Combine("checks", "bank-card-center.yaml"), e.File);
        Assert.Equal(line, e.Line);   // the pattern's first line, or the key at fault
        Assert.Equal("broken", e.Code);
        Assert.Contains(expected, e.Message);
    }

    /// <summary>Like a plan's formulas: what cannot be read (an unknown key) stops the reading; everything read is then
    /// compiled and every check that cannot be built is reported together.</summary>
    [Fact]
    public void EveryBrokenCheck_IsReportedAtOnce()
    {
        var errors = Errors(Header +
            "  - code: first\n    match:\n      - each: contract\n        as: c\n    message: m\n" +
            "  - code: second\n    when: comission > 0\n    message: m\n" +
            "  - code: third\n    match:\n      - not: shift\n        as: s\n        on: team\n    message: m\n" +
            "  - code: fourth\n    message: \"{Environment.MachineName}\"\n");

        Assert.Equal(["first", "second", "third", "fourth"], errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.EndsWith("bank-card-center.yaml", e.File));
        Assert.Equal([5, 8, 13, 17], errors.Select(e => e.Line));   // a pattern at its line, a check's when and message at the check
    }

    [Fact]
    public void MessageNamingAnUnknownValue_StopsTheLoad()
    {
        var e = Assert.Single(Errors(Header + "  - code: typo\n    when: net_pay > 0\n    message: \"net {net_pai}\"\n"));

        Assert.Equal("typo", e.Code);
        Assert.Contains("net_pai", e.Message);
    }

    [Fact]
    public void NetPayInAFormula_IsAnUnknownName()
    {
        var plan = Path.Combine(_rules.Path, "plans", "bank-card-center.yaml");
        var text = File.ReadAllText(plan).Replace("amount: OT * h * overtime_rate", "amount: OT * h * overtime_rate + net_pay * 0");
        File.WriteAllText(plan, text);

        var e = Assert.Single(Assert.Throws<RuleLoadException>(() => PlanCompiler.Compile(PlanLoader.Load(plan), new Period(2026, 10))).Errors);
        Assert.Equal("overtime_pay", e.Code);
        Assert.Contains("net_pay", e.Message);
    }
}
