using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PayCalc.Storage;

/// <summary>
/// Checks a database path before PayCalc opens it for writing, so a file that is not a PayCalc database this version
/// can use (or upgrade) is refused untouched (opening it read-write would already change its journal mode).
/// </summary>
internal static class DatabaseFile
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <exception cref="DatabaseUnusableException">The path is a folder, not SQLite, another application's SQLite file,
    /// or a PayCalc database of a newer PayCalc or of one too old to upgrade.</exception>
    public static void CheckBeforeOpening(string path)
    {
        if (Directory.Exists(path)) throw new DatabaseUnusableException(path, Messages.Get("Db_IsFolder"));
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        for (var dir = parent; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir)) throw new DatabaseUnusableException(path, Messages.Format("Db_ParentIsFile", dir));
            if (Directory.Exists(dir)) break;
        }
        if (!File.Exists(path)) return;
        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException)
        {
            throw new DatabaseUnusableException(path, Messages.Get("Db_PermissionDenied"));
        }
        if (read == 0) return; // an empty file: SQLite makes it a new database
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            throw new DatabaseUnusableException(path, Messages.Get("Db_NotSqlite"));
        int? version;
        List<string>? applied; // null: no migration history (a database of the versions before migrations)
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            connection.Open();
            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT count(*), sum(name = 'schema_version'), sum(name = $history) FROM sqlite_master WHERE type = 'table'";
            tables.Parameters.AddWithValue("$history", SchemaMigrations.HistoryTable);
            bool hasHistory;
            using (var reader = tables.ExecuteReader())
            {
                reader.Read();
                var count = reader.GetInt64(0);
                if (count == 0) return; // SQLite, but nothing in it yet: PayCalc creates its schema
                if (reader.IsDBNull(1) || reader.GetInt64(1) == 0)
                    throw new DatabaseUnusableException(path, Messages.Get("Db_NotPayCalc"));
                hasHistory = reader.GetInt64(2) > 0;
            }
            using var max = connection.CreateCommand();
            max.CommandText = "SELECT max(version) FROM schema_version";
            var value = max.ExecuteScalar();
            version = value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
            applied = hasHistory ? ReadAppliedMigrations(connection) : null;
        }
        catch (SqliteException e) when (IsBusy(e))
        {
            return; // locked by a writer right now: the real open waits for it and reports a busy database
        }
        catch (SqliteException e)
        {
            throw new DatabaseUnusableException(path, Messages.Format("Db_Unreadable", e.Message.TrimEnd('.')));
        }
        if (version is not { } v)
            throw new DatabaseUnusableException(path, Messages.Get("Db_EmptySchemaVersion"));
        CheckVersion(path, v, applied);
    }

    /// <summary>
    /// Refuses a database this PayCalc cannot bring to its own schema: one of a newer PayCalc (a higher schema version,
    /// or a migration this PayCalc does not have) or one from before schema version 3 (never migrated, no baseline).
    /// </summary>
    /// <param name="path">The file, for the message.</param>
    /// <param name="version">The highest version in its schema_version table.</param>
    /// <param name="applied">The ids in the migration history, or null when the database has no history table.</param>
    /// <exception cref="DatabaseUnusableException">This PayCalc cannot use the database.</exception>
    public static void CheckVersion(string path, int version, IReadOnlyList<string>? applied)
    {
        if (version > PayCalcDbContext.SchemaVersion)
            throw new DatabaseUnusableException(path,
                Messages.Format("Db_Newer", version, PayCalcDbContext.SchemaVersion));
        if (applied?.FirstOrDefault(id => !SchemaMigrations.Known.Contains(id, StringComparer.Ordinal)) is { } unknown)
            throw new DatabaseUnusableException(path,
                Messages.Format("Db_NewerMigration", unknown, PayCalcDbContext.SchemaVersion));
        if (applied is null && version != SchemaMigrations.BaselineSchemaVersion)
            throw new DatabaseUnusableException(path,
                Messages.Format("Db_TooOld", version, SchemaMigrations.BaselineSchemaVersion));
    }

    /// <summary>The migration ids recorded in the history table, oldest first.</summary>
    public static List<string> ReadAppliedMigrations(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM \"{SchemaMigrations.HistoryTable}\" ORDER BY \"MigrationId\"";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>True when <paramref name="e"/> (or an exception inside it) is SQLite's "database is locked" or "busy".</summary>
    public static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true;
        return false;
    }
}
