using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>
/// The PayCalc database file: checked and brought to this PayCalc's schema when opened, then a factory of
/// connections for the parts of <see cref="PayrollStore"/>. Every call opens its own connection; SQLite's
/// "database is locked" becomes <see cref="DatabaseBusyException"/>.
/// </summary>
public sealed class PayrollDatabase
{
    /// <summary>Default wait for another process's write lock: a 100,000-agent run holds it for about 15 s.</summary>
    public const int DefaultBusyTimeoutSeconds = 60;

    private readonly string _connectionString;
    private readonly string _path;
    private readonly int _busyTimeoutSeconds;

    /// <inheritdoc cref="PayrollStore(string, TimeProvider, int)"/>
    internal PayrollDatabase(string databasePath, TimeProvider timeProvider, int busyTimeoutSeconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegative(busyTimeoutSeconds);
        _path = databasePath;
        _busyTimeoutSeconds = busyTimeoutSeconds;
        DatabaseFile.CheckBeforeOpening(databasePath);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString();
        Time = timeProvider;
        Busy(CreateOrCheckSchema);
    }

    /// <summary>
    /// The copy of the file made before upgrading its schema (<c>&lt;file&gt;.bak-&lt;schema version&gt;</c>),
    /// or null when opening changed no existing file.
    /// </summary>
    public string? UpgradeBackup { get; private set; }

    /// <summary>The clock of runs and audit entries.</summary>
    internal TimeProvider Time { get; }

    /// <summary>The database file as it was given.</summary>
    public string Path => _path;

    /// <summary>Refuses, before anything is read or written, a database path PayCalc cannot use (see <see cref="DatabaseUnusableException"/>);
    /// a missing file is fine (the first run creates it).</summary>
    /// <exception cref="DatabaseUnusableException">The path is a folder, under a file, not SQLite, not PayCalc's, of a newer PayCalc
    /// or of one too old to upgrade.</exception>
    public static void CheckFile(string databasePath) => DatabaseFile.CheckBeforeOpening(databasePath);

    /// <summary>True when <paramref name="e"/> (or an exception inside it) is SQLite's "database is locked" or "busy".</summary>
    public static bool IsBusy(Exception? e) => DatabaseFile.IsBusy(e);

    /// <summary>
    /// Readies the storage layer without touching any file: builds the database model and runs what opening a store
    /// and beginning a run do, on an in-memory database, rolled back. A run calls it while its input is imported;
    /// otherwise that first use (about a second) falls between the import and the computation.
    /// </summary>
    public static void WarmUp()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new PayCalcDbContext(new DbContextOptionsBuilder<PayCalcDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
        _ = db.SchemaVersions.AsNoTracking().Select(v => (int?)v.Version).Max();
        using var writer = new PayrollRunWriter(db, new Period(2000, 1), new RunRow
        {
            Period = "2000-01", PlanCode = "", PlanVersion = "", PlanSha256 = "", CreatedAt = "", Settings = "{}",
        }, beforeTableInsert: null);
    }

    /// <summary>Runs <paramref name="work"/>, turning SQLite's "database is locked" into <see cref="DatabaseBusyException"/>.</summary>
    internal T Busy<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (DatabaseFile.IsBusy(e))
        {
            throw new DatabaseBusyException(_path, _busyTimeoutSeconds, e);
        }
    }

    /// <inheritdoc cref="Busy{T}(Func{T})"/>
    internal void Busy(Action work) => Busy(() =>
    {
        work();
        return 0;
    });

    /// <summary>A new context on its own open connection; the caller disposes it.</summary>
    internal PayCalcDbContext OpenContext()
    {
        var options = new DbContextOptionsBuilder<PayCalcDbContext>().UseSqlite(_connectionString).Options;
        var db = new PayCalcDbContext(options);
        db.Database.OpenConnection();
        // Per connection: fsync only at checkpoints (safe with WAL), larger page cache for bulk index inserts.
        db.Database.ExecuteSqlRaw("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
        return db;
    }

    private void CreateOrCheckSchema()
    {
        using var db = OpenContext();
        UpgradeBackup = SchemaUpgrade.Apply(db, _path);
    }
}
