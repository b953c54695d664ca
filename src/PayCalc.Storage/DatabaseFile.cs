using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PayCalc.Storage;

/// <summary>
/// Checks a database path before PayCalc opens it for writing, so a file that is not a PayCalc database of this
/// version is refused untouched (opening it read-write would already change its journal mode).
/// </summary>
internal static class DatabaseFile
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <exception cref="DatabaseUnusableException">The path is a folder, not SQLite, another application's SQLite file,
    /// or a PayCalc database of another schema version.</exception>
    public static void CheckBeforeOpening(string path)
    {
        if (Directory.Exists(path)) throw new DatabaseUnusableException(path, "is a folder, not a database file");
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        for (var dir = parent; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir)) throw new DatabaseUnusableException(path, $"{dir} is a file, not a folder");
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
            throw new DatabaseUnusableException(path, "cannot be read (permission denied)");
        }
        if (read == 0) return; // an empty file: SQLite makes it a new database
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            throw new DatabaseUnusableException(path, "is not a PayCalc database (not an SQLite file)");
        int? version;
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
            tables.CommandText = "SELECT count(*), sum(name = 'schema_version') FROM sqlite_master WHERE type = 'table'";
            using (var reader = tables.ExecuteReader())
            {
                reader.Read();
                var count = reader.GetInt64(0);
                if (count == 0) return; // SQLite, but nothing in it yet: PayCalc creates its schema
                if (reader.IsDBNull(1) || reader.GetInt64(1) == 0)
                    throw new DatabaseUnusableException(path, "is another application's SQLite database, not PayCalc's (no schema_version table)");
            }
            using var max = connection.CreateCommand();
            max.CommandText = "SELECT max(version) FROM schema_version";
            var value = max.ExecuteScalar();
            version = value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
        catch (SqliteException e) when (IsBusy(e))
        {
            return; // locked by a writer right now: the real open waits for it and reports a busy database
        }
        catch (SqliteException e)
        {
            throw new DatabaseUnusableException(path, $"cannot be read as a database ({e.Message.TrimEnd('.')})");
        }
        if (version is not { } v)
            throw new DatabaseUnusableException(path, "is not a PayCalc database (its schema_version table is empty)");
        if (v > PayCalcDbContext.SchemaVersion)
            throw new DatabaseUnusableException(path,
                $"was written by a newer PayCalc (schema version {v}; this PayCalc reads version {PayCalcDbContext.SchemaVersion}): use that newer PayCalc");
        if (v < PayCalcDbContext.SchemaVersion)
            throw new DatabaseUnusableException(path,
                $"was written by an older PayCalc (schema version {v}; this PayCalc reads version {PayCalcDbContext.SchemaVersion}) and cannot be upgraded yet: " +
                "open it with the PayCalc that wrote it");
    }

    /// <summary>True when <paramref name="e"/> (or an exception inside it) is SQLite's "database is locked" or "busy".</summary>
    public static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true;
        return false;
    }
}
