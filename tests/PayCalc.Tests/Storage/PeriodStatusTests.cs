using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Storage;

public sealed class PeriodStatusTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    [Fact]
    public void GetPeriodStatus_NeverStored_IsOpen() =>
        Assert.Equal(PeriodStatus.Open, new PayrollStore(_db.Path, _clock).Periods.GetPeriodStatus(October));

    [Fact]
    public void SaveRun_OpenOrApprovedPeriod_BecomesCalculated()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Run(October, "A001"));
        Assert.Equal(PeriodStatus.Calculated, store.Periods.GetPeriodStatus(October));

        StepTo(store, October, PeriodStatus.Approved);
        store.Runs.SaveRun(Run(October, "A001"));

        Assert.Equal(PeriodStatus.Calculated, store.Periods.GetPeriodStatus(October));
    }

    [Theory]
    [InlineData(PeriodStatus.Calculated)]
    [InlineData(PeriodStatus.Approved)]
    [InlineData(PeriodStatus.Closed)]
    public void StatusReachedBySteps_ThenReopenStore_ReadsSameStatus(PeriodStatus status)
    {
        var september = new Period(2026, 9);
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Run(september, "A001"));
        StepTo(store, september, status);

        Assert.Equal(status, new PayrollStore(_db.Path, _clock).Periods.GetPeriodStatus(september));
        Assert.Equal(PeriodStatus.Open, new PayrollStore(_db.Path, _clock).Periods.GetPeriodStatus(October));
    }

    [Fact]
    public void PayrollStore_NewFile_CreatesCurrentSchemaVersion()
    {
        _ = new PayrollStore(_db.Path, _clock);

        using var ctx = _db.OpenContext();
        Assert.Equal([3, 4, 5, 6, PayCalcDbContext.SchemaVersion], ctx.SchemaVersions.Select(v => v.Version).ToList());
        Assert.Equal(7, PayCalcDbContext.SchemaVersion);
    }

    [Fact]
    public void PayrollStore_OtherSchemaVersion_RefusesToOpen()
    {
        _ = new PayrollStore(_db.Path, _clock);
        using (var ctx = _db.OpenContext())
            ctx.SchemaVersions.Where(v => v.Version == PayCalcDbContext.SchemaVersion).ExecuteUpdate(s => s.SetProperty(v => v.Version, 99));

        var e = Assert.Throws<DatabaseUnusableException>(() => new PayrollStore(_db.Path, _clock));
        Assert.Contains("was written by a newer PayCalc (schema version 99; this PayCalc reads version 7)", e.Message);
    }
}
