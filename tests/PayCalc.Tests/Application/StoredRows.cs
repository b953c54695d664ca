using Microsoft.Data.Sqlite;

namespace PayCalc.Tests.Application;

/// <summary>Changes a database the way someone with a SQLite tool would: plain SQL, outside PayCalc.</summary>
public static class StoredRows
{
    /// <summary>Runs <paramref name="sql"/> on <paramref name="path"/>; returns the rows it changed.</summary>
    public static int Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
