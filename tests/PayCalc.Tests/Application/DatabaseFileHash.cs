using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace PayCalc.Tests.Application;

/// <summary>SHA-256 of a database file as it rests: pooled connections are closed first (SQLite checkpoints the WAL into
/// the file then), and a WAL file left over counts too.</summary>
public static class DatabaseFileHash
{
    public static string Of(string path)
    {
        SqliteConnection.ClearAllPools();
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        return File.Exists(path + "-wal") ? hash + "+" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path + "-wal"))) : hash;
    }
}
