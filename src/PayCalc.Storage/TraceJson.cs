using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>
/// The stored form of the trace: the run's <see cref="TraceCatalog"/> as one JSON document (<c>run.trace_catalog</c>)
/// and each payslip's aggregate rows as a compact JSON object (<c>payslip.rows</c>), numbers as exact invariant text.
/// One instance reuses its buffer for every payslip of a bulk insert.
/// </summary>
internal sealed class TraceJson
{
    private static readonly JsonSerializerOptions CatalogOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;
    private readonly char[] _digits = new char[40];

    public TraceJson() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string WriteCatalog(TraceCatalog catalog) =>
        catalog.Names.Count == 0 && catalog.Rows.Count == 0 ? "{}" : JsonSerializer.Serialize(catalog, CatalogOptions);

    /// <summary>The catalog of a run; empty for runs stored before schema 4.</summary>
    public static TraceCatalog ReadCatalog(string json)
    {
        if (json is "{}" or "") return TraceCatalog.Empty;
        var catalog = JsonSerializer.Deserialize<TraceCatalog>(json, CatalogOptions) ?? TraceCatalog.Empty;
        // Read back with ordinal keys, as the engine made them.
        return catalog with
        {
            Names = new Dictionary<string, TraceName>(catalog.Names, StringComparer.Ordinal),
            Rows = new Dictionary<string, RowShape>(catalog.Rows, StringComparer.Ordinal),
        };
    }

    /// <summary>A payslip's rows as UTF-8 JSON, valid until the next call.</summary>
    public ReadOnlySpan<byte> Utf8Rows(IReadOnlyList<LineRows> rows)
    {
        if (rows.Count == 0) return "{}"u8;
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        Span<char> date = stackalloc char[10];
        foreach (var line in rows)
        {
            _writer.WriteStartArray(line.Code);
            foreach (var row in line.Rows)
            {
                _writer.WriteStartArray();
                _writer.WriteStringValue(row.Source.ToString());
                row.Date.TryFormat(date, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                _writer.WriteStringValue(date);
                Number(row.Value);
                _writer.WriteStartArray();
                foreach (var f in row.Fields) Number(f);
                _writer.WriteEndArray();
                _writer.WriteEndArray();
            }
            _writer.WriteEndArray();
        }
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    public static IReadOnlyList<LineRows> ReadRows(string json)
    {
        if (json is "{}" or "") return [];
        using var doc = JsonDocument.Parse(json);
        var list = new List<LineRows>();
        foreach (var line in doc.RootElement.EnumerateObject())
        {
            var rows = new List<TraceRow>();
            foreach (var r in line.Value.EnumerateArray())
            {
                var source = r[0].GetString()!;
                var parts = source.Split(':');
                var sourceRef = parts.Length >= 3
                    ? new SourceRef(string.Join(':', parts[..^2]), parts[^2], int.Parse(parts[^1], CultureInfo.InvariantCulture))
                    : new SourceRef(source, "", 0);
                rows.Add(new TraceRow(sourceRef, DateOnly.ParseExact(r[1].GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Parse(r[2]), r[3].EnumerateArray().Select(Parse).ToArray()));
            }
            list.Add(new LineRows(line.Name, rows));
        }
        return list;

        static decimal Parse(JsonElement e) => decimal.Parse(e.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private void Number(decimal value)
    {
        value.TryFormat(_digits, out var written, provider: CultureInfo.InvariantCulture);
        _writer.WriteStringValue(_digits.AsSpan(0, written));
    }
}
