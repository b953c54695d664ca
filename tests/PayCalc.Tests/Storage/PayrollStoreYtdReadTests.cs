using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;

namespace PayCalc.Tests.Storage;

/// <summary>The reads income tax needs: line amounts of the year so far and the first month held.</summary>
public sealed class PayrollStoreYtdReadTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    private static RunToSave Month(Period period, decimal tax) =>
        Run(period, [Agent("A001", 2)], [Payslip("A001", Line("base_pay", LineCategory.Earning, 5220m), Line("iit", LineCategory.Deduction, tax))]);

    [Fact]
    public void LinesBetween_ReturnsAmountsOfTheCodesPerMonth()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Month(new Period(2026, 10), -10m));
        store.Runs.SaveRun(Month(new Period(2026, 11), -20.5m));
        store.Runs.SaveRun(Month(new Period(2026, 12), -99m));

        var lines = store.History.LinesBetween(new Period(2026, 1), new Period(2026, 11), ["iit"]);

        Assert.Equal([(new Period(2026, 10), "A001", "iit", -10m), (new Period(2026, 11), "A001", "iit", -20.5m)],
            lines.Select(l => (l.Period, l.AgentId, l.Code, l.Amount)));
    }

    [Fact]
    public void PeriodsWithRuns_GivesTheFirstMonthHeld()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Month(new Period(2025, 12), 0m));
        store.Runs.SaveRun(Month(new Period(2026, 11), 0m));
        store.Runs.SaveRun(Month(new Period(2026, 10), 0m));

        Assert.Equal([new Period(2026, 10), new Period(2026, 11)], store.Runs.PeriodsWithRuns(new Period(2026, 1), new Period(2026, 11)));
    }
}
