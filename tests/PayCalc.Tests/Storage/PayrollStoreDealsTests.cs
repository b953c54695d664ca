using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;

namespace PayCalc.Tests.Storage;

/// <summary>Earlier months' deals as a later cancellation is checked against them.</summary>
public sealed class PayrollStoreDealsTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    private static Deal Deal(string id, string booked, string? cancelled = null) => new()
    {
        DealId = id, AgentId = "A001", BookedDate = DateOnly.Parse(booked), Amount = 50000m, TermMonths = 6,
        CancelledDate = cancelled is null ? null : DateOnly.Parse(cancelled), Source = new SourceRef("sales.xlsx", "sales", 2),
    };

    [Fact]
    public void DealsStoredBefore_ReadsEarlierMonthsOnly_LatestFirst()
    {
        var store = new PayrollStore(_db.Path, _clock);
        var november = new Period(2026, 11);
        store.Runs.SaveRun(Run(October, [Agent("A001", 2)], [Payslip("A001")], [Deal("D1", "2026-10-15"), Deal("D2", "2026-10-16")]));
        store.Runs.SaveRun(Run(november, [Agent("A001", 2)], [Payslip("A001")], [Deal("D1", "2026-10-15", "2026-11-03")]));

        // For November itself (a rerun), D1 is as October stored it: not yet cancelled.
        var forNovember = store.History.DealsStoredBefore(november, ["D1", "D2", "D9"]);
        Assert.Equal(["D1", "D2"], forNovember.Keys.Order());
        Assert.Null(forNovember["D1"].CancelledDate);
        Assert.Equal(50000m, forNovember["D1"].Amount);

        // For December, November's run is the latest and shows the cancellation.
        Assert.Equal(new DateOnly(2026, 11, 3), store.History.DealsStoredBefore(new Period(2026, 12), ["D1"])["D1"].CancelledDate);
        Assert.Empty(store.History.DealsStoredBefore(October, ["D1"]));
    }
}
