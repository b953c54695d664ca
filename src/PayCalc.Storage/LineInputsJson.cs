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

    public static IReadOnlyList<LineInput> Read(string json)
    {
        if (json == "{}") return [];
        using var doc = JsonDocument.Parse(json);
        var list = new List<LineInput>();
        foreach (var p in doc.RootElement.EnumerateObject()) list.Add(new LineInput(p.Name, p.Value.GetString() ?? ""));
        return list;
    }
}
