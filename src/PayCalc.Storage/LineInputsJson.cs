using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>A line's inputs as a compact JSON object of name to text (<c>{"B":"5220","E":"18"}</c>), in order.</summary>
internal sealed class LineInputsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep Chinese names readable in the database; values are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    public LineInputsJson() => _writer = new Utf8JsonWriter(_buffer, Options);

    public string Write(IReadOnlyList<LineInput> inputs)
    {
        if (inputs.Count == 0) return "{}";
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        foreach (var input in inputs) _writer.WriteString(input.Name, input.Value);
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>Exact values (<c>{"h":"30.022988505747126436781609195"}</c>), scale kept.</summary>
    public string Write(IReadOnlyList<TraceValue> values)
    {
        if (values.Count == 0) return "{}";
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        Span<char> digits = stackalloc char[40];
        foreach (var v in values)
        {
            v.Value.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            _writer.WriteString(v.Code, digits[..written]);
        }
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>Line amounts by code, exact (<c>{"base_pay":"5220.00"}</c>), in the lines' order.</summary>
    public string WriteAmounts(IReadOnlyList<PayslipLine> lines)
    {
        if (lines.Count == 0) return "{}";
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        Span<char> digits = stackalloc char[40];
        foreach (var l in lines)
        {
            l.Amount.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            _writer.WriteString(l.Code, digits[..written]);
        }
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>Metrics by name, exact (<c>{"aht_seconds":"200"}</c>); text metrics as they are.</summary>
    public string Write<T>(IReadOnlyDictionary<string, T> values)
    {
        if (values.Count == 0) return "{}";
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        foreach (var (name, value) in values)
            _writer.WriteString(name, value is decimal d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : value?.ToString());
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public static IReadOnlyList<LineInput> Read(string json)
    {
        if (json == "{}") return [];
        using var doc = JsonDocument.Parse(json);
        var list = new List<LineInput>();
        foreach (var p in doc.RootElement.EnumerateObject()) list.Add(new LineInput(p.Name, p.Value.GetString() ?? ""));
        return list;
    }
}
