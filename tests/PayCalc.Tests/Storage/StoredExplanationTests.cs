using PayCalc.Domain.Payroll;
using PayCalc.Domain.Inputs;
using PayCalc.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Storage;

/// <summary>The worked example computed, stored and read back: what <c>paycalc explain</c> shows is what was computed.</summary>
public sealed class StoredExplanationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private (Domain.Payroll.Payslip Computed, StoredPayslip Stored) WorkedExample()
    {
        var agents = new[] { Build.Agent() };
        var shifts = Build.WorkedExampleShifts();
        var metrics = new[] { Build.Metrics() };
        var deals = new[] { Build.Deal("D1", 50_000, 6), Build.Deal("D2", 30_000, 12), Build.Deal("D3", 20_000, 24) };
        var result = Build.Run(agents, shifts, metrics, deals);
        var input = new PayrollInput
        {
            Period = Build.October, Agents = agents, Shifts = shifts, Metrics = metrics, Deals = deals, Leave = [],
        };
        var store = new PayrollStore(_db.Path, new FixedTimeProvider(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero)));
        store.Runs.SaveRun(new RunToSave { Input = input, Result = result, PlanSha256 = new string('0', 64) });
        return (result.Payslips.Single(), store.Runs.FindPayslip(Build.October, "A001")!);
    }

    [Fact]
    public void StoredLines_EqualComputedLines()
    {
        var (computed, stored) = WorkedExample();

        Assert.Equal(computed.Lines, stored.Lines, (a, b) =>
            a.Code == b.Code && a.Name == b.Name && a.NameEn == b.NameEn && a.Category == b.Category && a.Amount == b.Amount
            && a.Formula == b.Formula && a.Explain == b.Explain);
        // The values that went in, listed from the payslip's stored facts, trace and the run's parameters.
        Assert.Equal([new LineInput("base_salary", "5220"), new LineInput("probation_pay_rate", "0.8"), new LineInput("Ep", "0"),
            new LineInput("Er", "18"), new LineInput("W", "18")], stored.Lines.Single(l => l.Code == "base_pay").Inputs);
        Assert.Equal([new LineInput("OT", "22"), new LineInput("h", "30"), new LineInput("overtime_rate", "1.5")],
            stored.Lines.Single(l => l.Code == "overtime_pay").Inputs);
        Assert.Equal(8540m + computed.Amount("pk_award"), stored.Gross);
    }

    [Fact]
    public void ExampleMonth_EveryStoredLineExplainsAsComputed()
    {
        var import = new PayCalc.Files.Import.InputFolderReader().Read(Repo.Path("examples", "bank-card-center", "2026-10"), Build.October);
        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        var result = new PayCalc.Rules.Runtime.PayrollEngine(Build.BankPlan(), Build.Calendar).Compute(import.Input);
        var store = new PayrollStore(_db.Path, new FixedTimeProvider(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero)));
        store.Runs.SaveRun(new RunToSave { Input = import.Input, Result = result, PlanSha256 = new string('0', 64) });

        foreach (var computed in result.Payslips)
        {
            var stored = store.Runs.FindPayslip(Build.October, computed.AgentId)!;
            Assert.Equal(computed.Lines.Select(l => (l.Code, l.Amount, l.Explain)), stored.Lines.Select(l => (l.Code, l.Amount, l.Explain)));
        }
    }

    [Fact]
    public void StoredTrace_KeepsExactValuesInPlanOrder()
    {
        var (computed, stored) = WorkedExample();

        Assert.Equal(computed.Trace.Select(t => t.Code), stored.Variables.Select(t => t.Code));
        Assert.Equal(computed.Trace.Select(t => t.Value), stored.Variables.Select(t => t.Amount));
        Assert.Equal(100m * 2600m / (15m * 174m), stored.Variables.Single(t => t.Code == "productivity").Amount);
    }

    [Theory]
    [InlineData("OT", "Math.Max(0, 166 - Math.Max(0, 8 * 18 - 0))")]
    [InlineData("h", "5220 * 1 / 174")]
    [InlineData("W", "18")]
    [InlineData("aht_score", "Clamp(100 * (245 - 200) / (245 - 185), 0, 100)")]
    [InlineData("productivity", "174 > 0 ? Math.Min(120, 100 * 2600 / (15 * 174)) : 0")]
    [InlineData("accelerator", "100000 >= 200000 ? 1.2 : 1")]
    [InlineData("pk_eligible", "true && 0 == 0")]
    [InlineData("pk_place", "rank of 87.19 in team where true")]
    public void StoredTrace_ExplainsEachVariableWithTheValuesUsed(string code, string explain)
    {
        var (_, stored) = WorkedExample();

        Assert.Equal(explain, stored.Variables.Single(t => t.Code == code).Explain);
    }
}
