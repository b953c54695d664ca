using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;

namespace PayCalc.Tests.Storage;

public sealed class PeriodStatusTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    [Fact]
    public void GetPeriodStatus_NeverStored_IsOpen() =>
        Assert.Equal(PeriodStatus.Open, new PayrollStore(_db.Path, _clock).GetPeriodStatus(October));

    [Fact]
    public void SaveRun_OpenOrApprovedPeriod_BecomesCalculated()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.SaveRun(Run(October, "A001"));
        Assert.Equal(PeriodStatus.Calculated, store.GetPeriodStatus(October));

        store.SetPeriodStatus(October, PeriodStatus.Approved);
        store.SaveRun(Run(October, "A001"));

        Assert.Equal(PeriodStatus.Calculated, store.GetPeriodStatus(October));
    }

    [Theory]
    [InlineData(PeriodStatus.Approved)]
    [InlineData(PeriodStatus.Closed)]
    [InlineData(PeriodStatus.Open)]
    public void SetPeriodStatus_ThenReopenStore_ReadsSameStatus(PeriodStatus status)
    {
        new PayrollStore(_db.Path, _clock).SetPeriodStatus(new Period(2026, 9), status);

        Assert.Equal(status, new PayrollStore(_db.Path, _clock).GetPeriodStatus(new Period(2026, 9)));
        Assert.Equal(PeriodStatus.Open, new PayrollStore(_db.Path, _clock).GetPeriodStatus(October));
    }

    [Fact]
    public void PayrollStore_NewFile_CreatesCurrentSchemaVersion()
    {
        _ = new PayrollStore(_db.Path, _clock);

        using var ctx = _db.OpenContext();
        Assert.Equal([PayCalcDbContext.SchemaVersion], ctx.SchemaVersions.Select(v => v.Version).ToList());
        Assert.Equal(3, PayCalcDbContext.SchemaVersion);
    }

    [Fact]
    public void PayrollStore_OtherSchemaVersion_RefusesToOpen()
    {
        _ = new PayrollStore(_db.Path, _clock);
        using (var ctx = _db.OpenContext())
            ctx.SchemaVersions.ExecuteUpdate(s => s.SetProperty(v => v.Version, 99));

        var e = Assert.Throws<DatabaseUnusableException>(() => new PayrollStore(_db.Path, _clock));
        Assert.Contains("was written by a newer PayCalc (schema version 99; this PayCalc reads version 3)", e.Message);
    }
}
