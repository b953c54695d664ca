using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>A computation over its time budget stops with the component (and agent) it was computing, through the
/// same <see cref="ComputeFailedException"/> the command line already reports.</summary>
public class ComputeBudgetTests
{
    private static readonly PayrollInput OneAgent = Build.Input(Build.October, [Build.Agent()], Build.WorkedExampleShifts(), [Build.Metrics()]);

    [Fact]
    public void RunOverBudget_StopsNamingTheComponentBeingComputed()
    {
        using var _ = UiCulture.Use("en");
        var plan = Build.BankPlan();
        var engine = new PayrollEngine(plan, Build.Calendar, new ComputeBudget(TimeSpan.FromTicks(1), TimeSpan.FromMinutes(1)));
        var e = Assert.Single(Assert.Throws<ComputeFailedException>(() => engine.Compute(OneAgent)).Errors);
        Assert.Equal("A001", e.AgentId);
        Assert.Equal(plan.EvaluationOrder[0].Code, e.Component);
        Assert.Contains("went over its budget of 0.0000001 s", e.Message);
    }

    [Fact]
    public void AgentValueOverBudget_StopsNamingTheComponentAndAgent()
    {
        using var _ = UiCulture.Use("en");
        // A variable placed first in the order that compares every deal with every other: 4 million steps.
        var yaml = File.ReadAllText(Build.BankPlanPath).Replace("components:\n",
            "components:\n  - code: deal_rank_sum\n    category: variable\n    value: deals.Sum(a => deals.Count(b => b.Amount > a.Amount))\n");
        var plan = PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), Build.October);
        Assert.Equal("deal_rank_sum", plan.EvaluationOrder[0].Code);
        var deals = Enumerable.Range(0, 2_000).Select(i => Build.Deal($"D{i}", 1000 + i, 12)).ToList();
        var input = Build.Input(Build.October, [Build.Agent()], Build.WorkedExampleShifts(), [Build.Metrics()], deals);
        var engine = new PayrollEngine(plan, Build.Calendar, new ComputeBudget(TimeSpan.FromMinutes(10), TimeSpan.FromMilliseconds(1)));

        var e = Assert.Single(Assert.Throws<ComputeFailedException>(() => engine.Compute(input)).Errors);
        Assert.Equal("A001", e.AgentId);
        Assert.Equal("deal_rank_sum", e.Component);
        Assert.Contains("over the 0.001 s an agent's value may take", e.Message);
    }

    [Fact]
    public void WithinBudget_ComputesAsWithoutOne()
    {
        var plan = Build.BankPlan();
        var budgeted = new PayrollEngine(plan, Build.Calendar, new ComputeBudget(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30))).Compute(OneAgent);
        var plain = new PayrollEngine(plan, Build.Calendar).Compute(OneAgent);
        Assert.Equal(plain.Payslips[0].Net, budgeted.Payslips[0].Net);
        Assert.True(plain.Payslips[0].Net > 0);
    }

    [Fact]
    public void Default_IsTenMinutesARunAndFiveSecondsAValue()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), ComputeBudget.Default.Run);
        Assert.Equal(TimeSpan.FromSeconds(5), ComputeBudget.Default.PerAgent);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-1, 1)]
    public void NonPositiveBudget_IsRefused(int runSeconds, int agentSeconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComputeBudget(TimeSpan.FromSeconds(runSeconds), TimeSpan.FromSeconds(agentSeconds)));
}
