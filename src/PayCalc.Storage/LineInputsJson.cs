using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>
/// Compact JSON objects of name to text (<c>{"B":"5220","E":"18"}</c>), in order: payslip lines, trace, facts,
/// metrics and parameters. Numbers are exact invariant text with their scale (0.10 stays "0.10"). One instance
/// reuses its buffer for every row of a bulk insert.
/// </summary>
internal sealed class LineInputsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep Chinese names readable in the database; values are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;
    private readonly char[] _digits = new char[40];

    public LineInputsJson() => _writer = new Utf8JsonWriter(_buffer, Options);

    public string Write(IReadOnlyList<LineInput> inputs) => Encoding.UTF8.GetString(Utf8(inputs));

    /// <summary>The JSON as UTF-8, valid until the next call (bound straight into SQLite, no string between).</summary>
    public ReadOnlySpan<byte> Utf8(IReadOnlyList<LineInput> inputs) => WriteObject(inputs, (w, i) => w.WriteString(i.Name, i.Value));

    /// <summary>Exact values (<c>{"h":"30.022988505747126436781609195"}</c>).</summary>
    public ReadOnlySpan<byte> Utf8(IReadOnlyList<TraceValue> values) => WriteObject(values, (_, v) => WriteNumber(v.Code, v.Value));

    /// <summary>Line amounts by code (<c>{"base_pay":"5220.00"}</c>), in the lines' order.</summary>
    public ReadOnlySpan<byte> Utf8Amounts(IReadOnlyList<PayslipLine> lines) => WriteObject(lines, (_, l) => WriteNumber(l.Code, l.Amount));

    /// <summary>A payslip's line amounts by code, as <see cref="Utf8Amounts(IReadOnlyList{PayslipLine})"/>, without the
    /// lines of code <paramref name="skip"/> (read without making each line).</summary>
    public ReadOnlySpan<byte> Utf8Amounts(Payslip payslip, string skip)
    {
        var any = false;
        for (var i = 0; i < payslip.Lines.Count && !any; i++) any = payslip.LineAt(i).Code != skip;
        if (!any) return "{}"u8;
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        for (var i = 0; i < payslip.Lines.Count; i++)
        {
            var line = payslip.LineAt(i);
            if (line.Code != skip) WriteNumber(line.Code, line.Amount);
        }
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    /// <summary>Metrics by name (<c>{"aht_seconds":"200"}</c>); text metrics as they are.</summary>
    public ReadOnlySpan<byte> Utf8<T>(IReadOnlyDictionary<string, T> values) => WriteObject(values, (w, v) =>
    {
        if (v.Value is decimal d) WriteNumber(v.Key, d);
        else w.WriteString(v.Key, v.Value?.ToString());
    });

    public static IReadOnlyList<LineInput> Read(string json)
    {
        if (json == "{}") return [];
        using var doc = JsonDocument.Parse(json);
        var list = new List<LineInput>();
        foreach (var p in doc.RootElement.EnumerateObject()) list.Add(new LineInput(p.Name, p.Value.GetString() ?? ""));
        return list;
    }

    private ReadOnlySpan<byte> WriteObject<T>(IReadOnlyCollection<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0) return "{}"u8;
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        foreach (var item in items) write(_writer, item);
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    private void WriteNumber(string name, decimal value)
    {
        value.TryFormat(_digits, out var written, provider: CultureInfo.InvariantCulture);
        _writer.WriteString(name, _digits.AsSpan(0, written));
    }
}
