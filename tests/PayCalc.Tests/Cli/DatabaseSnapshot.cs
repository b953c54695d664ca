using System.Text;
using Microsoft.Data.Sqlite;

namespace PayCalc.Tests.Cli;

/// <summary>Every row of every table of a SQLite file as text, to prove a refused command changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static string Of(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var sb = new StringBuilder();
        foreach (var table in tables)
        {
            sb.Append("# ").AppendLine(table);
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) sb.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString()).Append('|');
                sb.AppendLine();
            }
        }
        return sb.ToString();
    }
}
