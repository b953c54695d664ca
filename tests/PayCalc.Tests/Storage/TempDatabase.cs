using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PayCalc.Storage;

namespace PayCalc.Tests.Storage;

/// <summary>A SQLite file in the temp folder, deleted (with its WAL files) on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase() => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"paycalc-test-{Guid.NewGuid():N}.db");

    public string Path { get; }

    /// <summary>A context on the same file, for asserting on the stored rows directly.</summary>
    public PayCalcDbContext OpenContext() =>
        new(new DbContextOptionsBuilder<PayCalcDbContext>().UseSqlite($"Data Source={Path}").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(Path + suffix)) File.Delete(Path + suffix);
    }
}
