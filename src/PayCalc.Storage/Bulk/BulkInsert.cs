using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace PayCalc.Storage.Bulk;

/// <summary>
/// A prepared, parameterised <c>INSERT</c> into one table, reused for every row: set the values, then
/// <see cref="Execute"/>. Table and column names come from the EF model, so the raw SQL cannot drift from
/// the mapping. Values are written in the text forms the EF mapping writes and reads (ISO dates; decimals in the one
/// form of <see cref="DecimalText"/>), so a row reads the same whichever path wrote it. EF change tracking is far too slow for millions of rows; this is not.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    // The statement is driven through SQLitePCLRaw directly: binding through SqliteParameter costs several
    // microseconds a value (boxing, type mapping), which is most of the time on a 5-million-row month.
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly string _table;
    private readonly char[] _number = new char[64];
    // SQLite keeps a parameter's binding across rows (sqlite3_reset does not clear it), so a value equal to the
    // previous row's - the run id, the source file and sheet, an agent's id on consecutive rows - is not bound again.
    private readonly object?[] _lastText;
    private readonly long?[] _lastNumber;

    private BulkInsert(sqlite3 db, sqlite3_stmt statement, string table, int columns)
    {
        _db = db;
        _statement = statement;
        _table = table;
        _lastText = new object?[columns];
        _lastNumber = new long?[columns];
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

        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                  $"VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})";
        var handle = transaction.Connection!.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement), table);
        return new BulkInsert(handle, statement, table, columns.Length);
    }

    public void Set(int index, long value)
    {
        if (_lastNumber[index] == value) return;
        Check(raw.sqlite3_bind_int64(_statement, index + 1, value));
        _lastNumber[index] = value;
        _lastText[index] = null;
    }

    public void Set(int index, int value) => Set(index, (long)value);

    public void Set(int index, string? value)
    {
        if (value is not null && ReferenceEquals(_lastText[index], value)) return;
        Check(value is null ? raw.sqlite3_bind_null(_statement, index + 1) : raw.sqlite3_bind_text(_statement, index + 1, value));
        _lastText[index] = value;
        _lastNumber[index] = null;
    }

    /// <summary>Text already encoded as UTF-8 (e.g. a JSON document), bound without a string in between.</summary>
    public void SetUtf8(int index, ReadOnlySpan<byte> utf8)
    {
        Forget(index);
        Check(raw.sqlite3_bind_text(_statement, index + 1, utf8));
    }

    /// <summary>Bytes as a BLOB.</summary>
    public void SetBlob(int index, ReadOnlySpan<byte> bytes)
    {
        Forget(index);
        Check(raw.sqlite3_bind_blob(_statement, index + 1, bytes));
    }

    /// <summary>
    /// The one text form of <see cref="DecimalText"/> (<c>990.00</c>, <c>0.07</c>), which the EF mapping also writes
    /// and reads: exact, and the same text for the same value whichever path wrote it.
    /// </summary>
    public void Set(int index, decimal value)
    {
        DecimalText.TryFormat(value, _number, out var written);
        BindAscii(index, written);
    }

    public void Set(int index, decimal? value)
    {
        if (value is { } v) Set(index, v);
        else SetNull(index);
    }

    /// <summary>ISO <c>yyyy-MM-dd</c>, as EF Core stores <see cref="DateOnly"/> in SQLite.</summary>
    public void Set(int index, DateOnly value)
    {
        value.TryFormat(_number, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        BindAscii(index, written);
    }

    public void Set(int index, DateOnly? value)
    {
        if (value is { } v) Set(index, v);
        else SetNull(index);
    }

    /// <summary>ISO <c>HH:mm:ss</c>, readable by EF Core as <see cref="TimeOnly"/>.</summary>
    public void Set(int index, TimeOnly value)
    {
        value.TryFormat(_number, out var written, "HH:mm:ss", CultureInfo.InvariantCulture);
        BindAscii(index, written);
    }

    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE) Check(_db, rc, _table);
    }

    public void Dispose() => _statement.Dispose();

    private void BindAscii(int index, int length)
    {
        Forget(index);
        // Numbers and ISO dates are ASCII: one byte per char.
        Span<byte> utf8 = stackalloc byte[length];
        for (var i = 0; i < length; i++) utf8[i] = (byte)_number[i];
        Check(raw.sqlite3_bind_text(_statement, index + 1, utf8));
    }

    private void SetNull(int index)
    {
        Forget(index);
        Check(raw.sqlite3_bind_null(_statement, index + 1));
    }

    private void Forget(int index)
    {
        _lastText[index] = null;
        _lastNumber[index] = null;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) Check(_db, rc, _table);
    }

    private static void Check(sqlite3 db, int rc, string table)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new SqliteException($"Inserting into {table}: {raw.sqlite3_errmsg(db).utf8_to_string()}", rc, raw.sqlite3_extended_errcode(db));
    }
}
