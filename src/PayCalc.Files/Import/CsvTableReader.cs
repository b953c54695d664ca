using System.Text;
using CsvHelper;

namespace PayCalc.Files.Import;

/// <summary>Reads a UTF-8 CSV file (with or without BOM) with CsvHelper's span API, without allocating per cell.</summary>
internal sealed class CsvTableReader : TableReader
{
    private readonly CsvReader _reader;
    private readonly string[] _headers;
    private char[] _buffer = new char[256];

    public CsvTableReader(string path)
        : base(Path.GetFileName(path), "")
    {
        _reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', SkipEmptyLines = false });
        _reader.ReadHeader();
        _headers = _reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToArray();
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override int HeaderRow => 1;

    // Every record counts, blank lines included, so numbers match the rows Excel shows for the file.
    public override int Row => (int)_reader.RowNumber + 1;

    public override bool Read()
    {
        while (_reader.Read())
        {
            var n = _reader.FieldCount;
            for (var i = 0; i < n; i++)
                if (!Text(i).IsEmpty) return true;
        }
        return false;
    }

    public override ReadOnlySpan<char> Text(int col)
    {
        if (col < 0 || col >= _reader.FieldCount) return default;
        var bytes = _reader.GetSpan(col);
        if (bytes.IsEmpty) return default;
        if (bytes.Length > _buffer.Length) _buffer = new char[Math.Max(bytes.Length, _buffer.Length * 2)];
        var n = Encoding.UTF8.GetChars(bytes, _buffer);
        return _buffer.AsSpan(0, n).Trim();
    }

    public override void Dispose() => _reader.Dispose();
}
