using Microsoft.Data.Sqlite;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Storage;

/// <summary>
/// Opening a database of an earlier PayCalc. <c>Fixtures/paycalc-v3.db</c> was written by PayCalc before migrations
/// (commit e187639, EnsureCreated, schema version 3): October 2026 of the example run, approved and closed; November run.
/// </summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "paycalc-v3.db");
    private const string InitialSchema = "20261201222104_InitialSchema";
    private const string TraceRows = "20261202000537_TraceAndStoredInputs";
    private const string RuleSnapshots = "20261202003846_RuleSnapshots";
    private const string ExceptionSeverity = "20261202031636_ExceptionSeverity";
    private const string Previews = "20261202044111_Previews";

    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _db.Dispose();
        foreach (var backup in Directory.GetFiles(Path.GetDirectoryName(_db.Path)!, Path.GetFileName(_db.Path) + ".bak-*"))
            File.Delete(backup);
    }

    private void CopyFixture() => File.Copy(Fixture, _db.Path);

    [Fact]
    public void Status_OnAVersion3File_SaysItWasUpgradedAndWhereTheOldFileIs()
    {
        CopyFixture();
        var output = new StringWriter();
        var notes = new StringWriter();

        Assert.Equal(0, new PeriodWorkflow(output, notes, _clock).Status(_db.Path, null));

        Assert.Equal($"  upgraded {_db.Path} to this PayCalc's schema; the file as it was is kept as {_db.Path}.bak-3.{Environment.NewLine}", notes.ToString());
        Assert.Contains("2026-10  closed", output.ToString());
        notes.GetStringBuilder().Clear();
        Assert.Equal(0, new PeriodWorkflow(output, notes, _clock).Status(_db.Path, null));
        Assert.Equal("", notes.ToString());
    }

    [Fact]
    public void OpenVersion3File_RecordsBaselineAndBacksUp_ClosedMonthsReadAsBefore()
    {
        CopyFixture();

        var store = new PayrollStore(_db.Path, _clock);

        Assert.Equal(_db.Path + ".bak-3", store.Database.UpgradeBackup);
        Assert.Equal(File.ReadAllBytes(Fixture), File.ReadAllBytes(store.Database.UpgradeBackup!));
        Assert.Equal([InitialSchema, TraceRows, RuleSnapshots, ExceptionSeverity, Previews], AppliedMigrations(_db.Path));
        Assert.Equal([3L, 4L, 5L, 6L, 7L], Column(_db.Path, "SELECT version FROM schema_version"));
        Assert.Equal([(October, PeriodStatus.Closed, 45), (November, PeriodStatus.Calculated, 44)],
            store.Periods.ListPeriods().Select(p => (p.Period, p.Status, p.Run!.AgentCount)));
        var payslip = store.Runs.FindPayslip(October, "A001")!;
        Assert.Equal(8540.00m, payslip.Gross);
        Assert.Equal(7382.67m, payslip.Net);
        // Stored before the trace had kinds and rows: the lines still explain themselves with their values.
        var nightAllowance = payslip.Trace.Find("night_allowance")!;
        Assert.Equal("shifts.Sum(s => night_allowance_per_shift.Tier(s.HoursInWindow(22, 6)))", nightAllowance.Explain);
        Assert.Empty(nightAllowance.Rows);
        Assert.Contains(payslip.Trace.Find("overtime_pay")!.Inputs, i => i is { Name: "overtime_rate", Value: "1.5", About: null });
    }

    [Fact]
    public void OpenUpgradedFileAgain_ChangesNothing()
    {
        CopyFixture();
        _ = new PayrollStore(_db.Path, _clock);

        var again = new PayrollStore(_db.Path, _clock);

        Assert.Null(again.Database.UpgradeBackup);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_db.Path)!, Path.GetFileName(_db.Path) + ".bak-*"));
        Assert.Equal([InitialSchema, TraceRows, RuleSnapshots, ExceptionSeverity, Previews], AppliedMigrations(_db.Path));
    }

    [Fact]
    public void CorrectClosedOctoberOfVersion3File_PostsAdjustmentsToNovember()
    {
        CopyFixture();
        var errors = new StringWriter();
        var request = new CorrectRequest(Repo.Path("rules", "plans", "bank-card-center.yaml"), October,
            Repo.Path("examples", "bank-card-center", BankCardCenterExample.CorrectedOctoberFolder), _db.Path, Repo.Path("rules"))
        { User = "hr.li", Reason = "late overtime slip" };

        var exit = new CorrectionRunner(new StringWriter(), errors, _clock).Correct(request);

        Assert.True(exit == PayrollRunner.Ok, errors.ToString());
        var store = new PayrollStore(_db.Path, _clock);
        var adjustments = store.Adjustments.AdjustmentsPaidIn(November);
        Assert.NotEmpty(adjustments);
        Assert.All(adjustments, a => Assert.Equal(October, a.CorrectedPeriod));
        Assert.Contains(adjustments, a => a.AgentId == "A001");
        Assert.Equal(7382.67m, store.Runs.FindPayslip(October, "A001")!.Net); // the closed month itself never changes
        Assert.Equal(PeriodStatus.Closed, store.Periods.GetPeriodStatus(October));
    }

    [Fact]
    public void NewFile_GetsMigrationHistoryVersionAndPageSize()
    {
        _ = new PayrollStore(_db.Path, _clock);

        Assert.Equal([InitialSchema, TraceRows, RuleSnapshots, ExceptionSeverity, Previews], AppliedMigrations(_db.Path));
        Assert.Equal([3L, 4L, 5L, 6L, 7L], Column(_db.Path, "SELECT version FROM schema_version"));
        Assert.Equal([16384L], Column(_db.Path, "PRAGMA page_size"));
        Assert.Equal(["wal"], Column(_db.Path, "PRAGMA journal_mode"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_db.Path)!, Path.GetFileName(_db.Path) + ".bak-*"));
    }

    [Fact]
    public void NewFile_HasTheTablesAndIndexesOfAVersion3File()
    {
        _ = new PayrollStore(_db.Path, _clock);
        using var folder = new PayCalc.Tests.Files.Import.TempFolder();
        var v3 = Path.Combine(folder.Path, "v3.db");
        File.Copy(Fixture, v3);

        // The migrations make the tables of version 3 (EnsureCreated, the fixture) to the letter, and every later
        // migration changes a new file and an upgraded one alike.
        const string schema = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE instr(name, 'EFMigrations') = 0 ORDER BY type, name";
        var version3 = Column(Fixture, schema).Select(v => WithoutTraceColumns((string)v!)).ToList();
        Assert.Equal(version3, Column(_db.Path, schema).Select(v => WithoutTraceColumns((string)v!))
            .Where(v => version3.Any(old => old.Split(':')[0] == v.Split(':')[0])).ToList());
        _ = new PayrollStore(v3, _clock);
        Assert.Equal(Column(_db.Path, schema), Column(v3, schema));
    }

    // Columns added by a later migration: ALTER TABLE appends them (", name TYPE ...") to the table's SQL after the
    // last column; compared without them and without white space.
    private static string WithoutTraceColumns(string sql) => System.Text.RegularExpressions.Regex.Replace(
        System.Text.RegularExpressions.Regex.Replace(sql, @"\s*, ""[a-z_]+"" [^,\n)]*", ""), @"\s+", "");

    [Fact]
    public void FileWithAMigrationThisPayCalcDoesNotKnow_IsRefusedUnchanged()
    {
        _ = new PayrollStore(_db.Path, _clock);
        Execute(_db.Path, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29990101000000_LaterSchema', '12.0.0')");
        var before = File.ReadAllBytes(_db.Path);

        var e = Assert.Throws<DatabaseUnusableException>(() => new PayrollStore(_db.Path, _clock));

        Assert.Contains("was written by a newer PayCalc (it has migration 29990101000000_LaterSchema", e.Message);
        Assert.Contains("use that newer PayCalc", e.Message);
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
        Assert.Equal(0, File.Exists(_db.Path + "-wal") ? new FileInfo(_db.Path + "-wal").Length : 0); // a read-only open may leave it, empty
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_db.Path)!, Path.GetFileName(_db.Path) + ".bak-*"));
    }

    [Fact]
    public void FileOfVersion2WithoutHistory_IsRefusedUnchanged()
    {
        CopyFixture();
        Execute(_db.Path, "UPDATE schema_version SET version = 2");
        var before = File.ReadAllBytes(_db.Path);

        var e = Assert.Throws<DatabaseUnusableException>(() => new PayrollStore(_db.Path, _clock));

        Assert.Contains("was written by an older PayCalc (schema version 2; this PayCalc upgrades version 3 and later) and cannot be upgraded", e.Message);
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    private static List<string> AppliedMigrations(string path) =>
        Column(path, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1").Cast<string>().ToList();

    private static List<object> Column(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<object>();
        while (reader.Read()) values.Add(reader.GetValue(0));
        return values;
    }

    /// <summary>Runs <paramref name="sql"/> and closes every connection, so the WAL is checkpointed into the file.</summary>
    private static void Execute(string path, string sql)
    {
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }
}
