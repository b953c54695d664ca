using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>Runs the YAML cases of rules/statutory/cases (the statutory examples as an executable specification).</summary>
public class StatutoryCaseTests
{
    private static readonly string CaseFile = Repo.Path("rules", "statutory", "cases", "net-pay.yaml");

    public static TheoryData<string> CaseNames() => new(StatutoryCases.Load(CaseFile).Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_MatchesThePlan(string name)
    {
        var (plan, cases) = StatutoryCases.Load(CaseFile);
        Assert.Empty(StatutoryCases.Run(plan, cases.Single(c => c.Name == name)));
    }

    [Fact]
    public void Runner_ReportsAWrongExpectation()
    {
        var (plan, cases) = StatutoryCases.Load(CaseFile);
        var official = cases[0];
        var wrong = official with { Months = [(official.Months[0].Period, new Dictionary<string, decimal> { ["iit"] = -76m })] };
        Assert.Equal(["2026-01 iit: expected -76, got -75.00"], StatutoryCases.Run(plan, wrong));
    }

    [Fact]
    public void CaseFile_HasTheOfficialExamples() =>
        Assert.True(StatutoryCases.Load(CaseFile).Cases.Count >= 7);
}
