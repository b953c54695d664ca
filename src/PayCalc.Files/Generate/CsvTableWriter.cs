using System.Globalization;
using System.Text;

namespace PayCalc.Files.Generate;

/// <summary>Streams a UTF-8 CSV (with BOM, so Excel shows Chinese correctly), invariant culture.</summary>
internal sealed class CsvTableWriter : TableWriter
{
    private readonly StreamWriter _writer;
    private readonly char[] _buffer = new char[64];
    private bool _firstCell = true;

    public CsvTableWriter(string path, IReadOnlyList<string> headers)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        foreach (var h in headers) Text(h);
        EndRow();
    }

    private void Separator()
    {
        if (!_firstCell) _writer.Write(',');
        _firstCell = false;
    }

    public override void Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\""));
        _writer.Write('"');
    }

    public override void Date(DateOnly? value)
    {
        Separator();
        if (value is not { } d) return;
        d.TryFormat(_buffer, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.Write(_buffer, 0, n);
    }

    public override void Time(TimeOnly? value)
    {
        Separator();
        if (value is not { } t) return;
        t.TryFormat(_buffer, out var n, "HH:mm", CultureInfo.InvariantCulture);
        _writer.Write(_buffer, 0, n);
    }

    public override void Number(decimal? value)
    {
        Separator();
        if (value is not { } v) return;
        v.TryFormat(_buffer, out var n, default, CultureInfo.InvariantCulture);
        _writer.Write(_buffer, 0, n);
    }

    public override void EndRow()
    {
        _writer.Write('\n');
        _firstCell = true;
    }

    public override void Dispose() => _writer.Dispose();
}
