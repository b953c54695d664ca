using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;

namespace PayCalc.Tests.Storage;

/// <summary>Reads of earlier months that multi-period rules rely on.</summary>
public sealed class PayrollStoreHistoryTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    private static readonly Period July = new(2026, 7), August = new(2026, 8), September = new(2026, 9);

    private static RunToSave Month(Period period, decimal coefficientA001, decimal coefficientA002) =>
        Run(period, [Agent("A002", 3), Agent("A001", 2)],
        [
            Payslip("A001", Line("base_pay", LineCategory.Earning, 5220m),
                Line("kpi_coefficient", LineCategory.Info, coefficientA001, new LineInput("score", "87.19"))),
            Payslip("A002", Line("base_pay", LineCategory.Earning, 4000m),
                Line("kpi_coefficient", LineCategory.Info, coefficientA002), Line("iit", LineCategory.Deduction, -12.34m)),
        ]);

    [Fact]
    public void LinesBetween_Quarter_ReturnsEachMonthsAmountPerAgent()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Month(July, 1.2m, 0.6m));
        store.Runs.SaveRun(Month(August, 1.0m, 0m));
        store.Runs.SaveRun(Month(September, 0.6m, 1.2m));
        store.Runs.SaveRun(Month(new Period(2026, 6), 9m, 9m));

        var lines = store.History.LinesBetween(July, September, ["kpi_coefficient"]);

        Assert.Equal(
        [
            (July, "A001", 1.2m), (July, "A002", 0.6m),
            (August, "A001", 1.0m), (August, "A002", 0m),
            (September, "A001", 0.6m), (September, "A002", 1.2m),
        ], lines.Select(l => (l.Period, l.AgentId, l.Amount)));
        Assert.All(lines, l => Assert.Equal(LineCategory.Info, l.Category));
    }

    [Fact]
    public void LinesBetween_SeveralCodes_KeepsPlanOrderWithinPayslip()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Month(July, 1.2m, 0.6m));

        var lines = store.History.LinesBetween(July, July, ["iit", "base_pay"]);

        Assert.Equal([("A001", "base_pay", 5220m), ("A002", "base_pay", 4000m), ("A002", "iit", -12.34m)],
            lines.Select(l => (l.AgentId, l.Code, l.Amount)));
    }

    [Fact]
    public void PayslipTotalsBetween_TwoMonths_ReturnsGrossAndNetPerAgent()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Month(July, 1.2m, 0.6m));
        store.Runs.SaveRun(Month(August, 1.0m, 0m));

        var totals = store.History.PayslipTotalsBetween(July, August);

        Assert.Equal(
        [
            new StoredPayslipTotal(July, "A001", 5220m, 5220m), new StoredPayslipTotal(July, "A002", 4000m, 3987.66m),
            new StoredPayslipTotal(August, "A001", 5220m, 5220m), new StoredPayslipTotal(August, "A002", 4000m, 3987.66m),
        ], totals);
    }

    [Fact]
    public void MetricValuesBetween_CriticalErrors_ReturnsEachMonthsValue()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Run(July, "A001", "A002"));
        store.Runs.SaveRun(Run(August, "A001", "A002"));

        var errors = store.History.MetricValuesBetween(July, August, "critical_errors");

        Assert.Equal([(July, "A001", 0m), (July, "A002", 1m), (August, "A001", 0m), (August, "A002", 1m)],
            errors.Select(e => (e.Period, e.AgentId, e.Number!.Value)));
        Assert.Equal("B", store.History.MetricValuesBetween(July, July, "pa_rating")[0].Text);
    }

    [Fact]
    public void DealsBookedBetween_DealReimportedWhenCancelled_ReturnsLatestImport()
    {
        var store = new PayrollStore(_db.Path, _clock);
        var booked = new Deal
        {
            DealId = "D1", AgentId = "A001", BookedDate = new DateOnly(2026, 8, 20), Amount = 30000.00m, TermMonths = 12,
            Source = new SourceRef("sales.xlsx", "sales", 7),
        };
        var other = booked with { DealId = "D2", BookedDate = new DateOnly(2026, 8, 1), Amount = 1000.10m };
        var outOfRange = booked with { DealId = "D0", BookedDate = new DateOnly(2026, 7, 31) };
        store.Runs.SaveRun(Run(August, [Agent("A001", 2)], [Payslip("A001")], [booked, other, outOfRange]));
        var cancelled = booked with { CancelledDate = new DateOnly(2026, 9, 5), Source = new SourceRef("sales.xlsx", "sales", 3) };
        store.Runs.SaveRun(Run(September, [Agent("A001", 2)], [Payslip("A001")], [cancelled]));

        var deals = store.History.DealsBookedBetween(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31));

        Assert.Equal(["D2", "D1"], deals.Select(d => d.DealId));
        Assert.Equal(1000.10m, deals[0].Amount);
        Assert.Equal(cancelled, deals[1]);
    }

    [Fact]
    public void FindRun_PeriodWithoutRun_ReturnsNull()
    {
        var store = new PayrollStore(_db.Path, _clock);

        Assert.Null(store.Runs.FindRun(July));
        Assert.Empty(store.History.LinesBetween(July, September, ["base_pay"]));
    }
}
