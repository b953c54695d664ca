using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PayCalc.Storage.Bulk;

/// <summary>
/// A prepared, parameterised <c>INSERT</c> into one table, reused for every row: set the values, then
/// <see cref="Execute"/>. Table and column names come from the EF model, so the raw SQL cannot drift from
/// the mapping. Values are written in the same text forms EF Core uses for SQLite (ISO dates, invariant
/// decimals), so EF reads them back. EF change tracking is far too slow for millions of rows; this is not.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _values;

    private BulkInsert(SqliteCommand command, SqliteParameter[] values)
    {
        _command = command;
        _values = values;
    }

    public static BulkInsert Prepare<TEntity>(DbContext db, SqliteTransaction transaction, params string[] properties)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = properties.Select(p =>
            (entity.FindProperty(p) ?? throw new InvalidOperationException($"{entity.Name}.{p} is not mapped."))
            .GetColumnName(store) ?? throw new InvalidOperationException($"{entity.Name}.{p} has no column.")).ToArray();

        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var values = new SqliteParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
            values[i] = command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        command.Prepare();
        return new BulkInsert(command, values);
    }

    public void Set(int index, long value) => _values[index].Value = value;

    public void Set(int index, int value) => _values[index].Value = (long)value;

    public void Set(int index, string? value) => _values[index].Value = value is null ? DBNull.Value : value;

    /// <summary>Exact invariant text, scale kept (0.10 stays "0.10").</summary>
    public void Set(int index, decimal value) => _values[index].Value = value.ToString(CultureInfo.InvariantCulture);

    public void Set(int index, decimal? value) =>
        _values[index].Value = value is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value;

    /// <summary>ISO <c>yyyy-MM-dd</c>, as EF Core stores <see cref="DateOnly"/> in SQLite.</summary>
    public void Set(int index, DateOnly value) =>
        _values[index].Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Set(int index, DateOnly? value) =>
        _values[index].Value = value is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;

    /// <summary>ISO <c>HH:mm:ss</c>, readable by EF Core as <see cref="TimeOnly"/>.</summary>
    public void Set(int index, TimeOnly value) =>
        _values[index].Value = value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public void Execute() => _command.ExecuteNonQuery();

    public void Dispose() => _command.Dispose();
}
