using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PayCalc.Storage;

/// <summary>
/// Brings a database that <see cref="DatabaseFile.CheckBeforeOpening"/> accepted to this PayCalc's schema when a store
/// opens it: a new file gets every migration; a file of schema version 3 from before migrations is recorded as having
/// applied <c>InitialSchema</c> (its tables are exactly what that migration creates); a file with migrations to apply
/// is first copied to <c>&lt;file&gt;.bak-&lt;schema version&gt;</c>. An up-to-date file costs three small queries.
/// </summary>
internal static class SchemaUpgrade
{
    /// <summary>Upgrades the database of <paramref name="db"/> (its connection open) and checks the result.</summary>
    /// <returns>The backup written before the upgrade, or null when nothing in an existing file changed.</returns>
    /// <exception cref="DatabaseUnusableException">The file changed since the check to one this PayCalc cannot use.</exception>
    public static string? Apply(PayCalcDbContext db, string path)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        string? backup = null;
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master") == 0)
        {
            // Properties of the file, set before its first table. A payslip row is about 2 KB: 4 KB pages held one row
            // each and were half empty (583 MB for 100,000 agents); 16 KB pages hold seven (394 MB, 1.5 s less to commit).
            db.Database.ExecuteSqlRaw("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL;");
            db.Database.Migrate();
        }
        else
        {
            var (version, applied) = ReadState(connection, path);
            // Checked again on the writable connection: the file may have been replaced since the read-only check.
            DatabaseFile.CheckVersion(path, version, applied);
            var pending = SchemaMigrations.Known.Except(applied ?? [SchemaMigrations.Baseline], StringComparer.Ordinal).ToList();
            if (applied is not null && pending.Count == 0)
            {
                CheckCurrent(connection, path);
                return null;
            }
            backup = Backup(connection, path, version);
            if (applied is null) RecordBaseline(db);
            if (pending.Count > 0) db.Database.Migrate(); // EF Core applies them in one transaction, under its migration lock
        }
        CheckCurrent(connection, path);
        return backup;
    }

    private static (int Version, List<string>? Applied) ReadState(SqliteConnection connection, string path)
    {
        var hasHistory = Scalar(connection, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{SchemaMigrations.HistoryTable}'") > 0;
        var version = Scalar(connection, "SELECT max(version) FROM schema_version")
            ?? throw new DatabaseUnusableException(path, Messages.Get("Db_EmptySchemaVersion"));
        return ((int)version, hasHistory ? DatabaseFile.ReadAppliedMigrations(connection) : null);
    }

    private static void CheckCurrent(SqliteConnection connection, string path)
    {
        var version = Scalar(connection, "SELECT max(version) FROM schema_version");
        if (version != PayCalcDbContext.SchemaVersion)
            throw new DatabaseUnusableException(path,
                Messages.Format("Db_WrongVersionAfterMigration", version?.ToString(CultureInfo.InvariantCulture) ?? "-", PayCalcDbContext.SchemaVersion));
    }

    /// <summary>
    /// Copies the file before a migration changes it. The WAL is checkpointed into the file first so the copy holds
    /// every committed transaction; when another connection keeps the checkpoint from finishing, SQLite's online
    /// backup makes the copy instead. An earlier backup is never overwritten.
    /// </summary>
    private static string Backup(SqliteConnection connection, string path, long version)
    {
        var target = $"{path}.bak-{version.ToString(CultureInfo.InvariantCulture)}";
        for (var n = 1; File.Exists(target); n++)
            target = $"{path}.bak-{version.ToString(CultureInfo.InvariantCulture)}.{n.ToString(CultureInfo.InvariantCulture)}";
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        bool complete;
        using (var reader = checkpoint.ExecuteReader())
            complete = reader.Read() && reader.GetInt64(0) == 0;
        if (complete)
        {
            using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            source.CopyTo(copy);
            copy.Flush(flushToDisk: true);
        }
        else
        {
            using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            connection.BackupDatabase(copy);
        }
        return target;
    }

    /// <summary>
    /// Records InitialSchema as applied, without running it, on a schema-version-3 database from before migrations.
    /// In one write transaction that checks again, so two PayCalcs opening the file at once record it once.
    /// </summary>
    private static void RecordBaseline(PayCalcDbContext db)
    {
        using var transaction = db.Database.BeginTransaction();
        db.Database.ExecuteSqlRaw(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
        db.Database.ExecuteSqlRaw(
            "INSERT INTO \"" + SchemaMigrations.HistoryTable + "\" (\"MigrationId\", \"ProductVersion\") " +
            "SELECT {0}, {1} WHERE NOT EXISTS (SELECT 1 FROM \"" + SchemaMigrations.HistoryTable + "\")",
            SchemaMigrations.Baseline, ProductInfo.GetVersion());
        transaction.Commit();
    }

    private static long? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : null;
    }
}
