using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>Writes <c>payslips.json</c> as README.md describes it under "Reading the outputs" (the data contract itself
/// is kept outside this repository): payslips sorted by agent id, lines in plan order, zero earning/deduction/employer
/// lines omitted, info lines kept, money with exactly two decimals, Chinese as readable UTF-8. The same result always
/// gives the same bytes.</summary>
public sealed class PayslipJsonWriter
{
    private const int FlushThreshold = 64 * 1024;

    // Property names encoded once: the writer is called for ~1.2 million lines in a 100,000-agent run.
    private static readonly JsonEncodedText PeriodProperty = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText PlanProperty = JsonEncodedText.Encode("plan");
    private static readonly JsonEncodedText PlanVersionProperty = JsonEncodedText.Encode("plan_version");
    private static readonly JsonEncodedText PayslipsProperty = JsonEncodedText.Encode("payslips");
    private static readonly JsonEncodedText FlagsProperty = JsonEncodedText.Encode("flags");
    private static readonly JsonEncodedText AgentIdProperty = JsonEncodedText.Encode("agent_id");
    private static readonly JsonEncodedText CodeProperty = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText MessageProperty = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText NameProperty = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText TeamProperty = JsonEncodedText.Encode("team");
    private static readonly JsonEncodedText GrossProperty = JsonEncodedText.Encode("gross");
    private static readonly JsonEncodedText NetProperty = JsonEncodedText.Encode("net");
    private static readonly JsonEncodedText EmployerCostProperty = JsonEncodedText.Encode("employer_cost");
    private static readonly JsonEncodedText LinesProperty = JsonEncodedText.Encode("lines");
    private static readonly JsonEncodedText NameEnProperty = JsonEncodedText.Encode("name_en");
    private static readonly JsonEncodedText CategoryProperty = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText AmountProperty = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText ExplainProperty = JsonEncodedText.Encode("explain");
    private static readonly JsonEncodedText FormulaProperty = JsonEncodedText.Encode("formula");
    private static readonly JsonEncodedText RowsProperty = JsonEncodedText.Encode("rows");
    private static readonly JsonEncodedText DateProperty = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText SourceProperty = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText ValueProperty = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText FieldsProperty = JsonEncodedText.Encode("fields");

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Relaxed escaping writes 张三 as UTF-8 instead of \u5F20\u4E09; the file is read by people as well
        // as programs. It still escapes what JSON requires (quotes, backslashes, control characters).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the file at <paramref name="path"/>, replacing it only once the new content is complete.</summary>
    public void Write(PayrollResult result, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        // Written beside and moved into place, so a failed run never leaves a half-written payslips.json.
        var temp = path + ".tmp";
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Write(result, file);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public void Write(PayrollResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);

        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString(PeriodProperty, result.Period.ToString());
        json.WriteString(PlanProperty, result.PlanCode);
        json.WriteString(PlanVersionProperty, result.PlanVersion);
        WriteCatalog(json, result.Catalog);
        json.WriteStartArray(PayslipsProperty);
        var rows = new CompactRows();
        foreach (var payslip in ExportedLines.Sorted(result.Payslips))
        {
            WritePayslip(json, payslip, rows);
            if (json.BytesPending > FlushThreshold) json.Flush();
        }
        json.WriteEndArray();
        json.WriteStartArray(FlagsProperty);
        foreach (var flag in result.Flags)
        {
            json.WriteStartObject();
            json.WriteString(AgentIdProperty, flag.AgentId);
            json.WriteString(CodeProperty, flag.Code);
            json.WriteString(MessageProperty, flag.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WritePayslip(Utf8JsonWriter json, Payslip payslip, CompactRows rows)
    {
        json.WriteStartObject();
        json.WriteString(AgentIdProperty, payslip.AgentId);
        json.WriteString(NameProperty, payslip.Name);
        json.WriteString(TeamProperty, payslip.Team);
        json.WriteNumber(GrossProperty, ExportedLines.Amount(payslip.Gross));
        json.WriteNumber(NetProperty, ExportedLines.Amount(payslip.Net));
        json.WriteNumber(EmployerCostProperty, ExportedLines.Amount(payslip.EmployerCost));
        json.WriteStartArray(LinesProperty);
        for (var i = 0; i < payslip.Lines.Count; i++)
        {
            var line = payslip.LineAt(i);
            if (!ExportedLines.IsShown(line)) continue;
            json.WriteStartObject();
            json.WriteString(CodeProperty, line.Code);
            json.WriteString(NameProperty, line.Name);
            json.WriteString(NameEnProperty, line.Kind.NameEn);
            json.WriteString(CategoryProperty, ExportedLines.CategoryName(line.Category));
            json.WriteNumber(AmountProperty, ExportedLines.Amount(line.Amount));
            json.WriteString(ExplainProperty, line.ExplainUtf8.Span);
            json.WriteString(FormulaProperty, line.Kind.Formula);
            foreach (var r in payslip.Rows)
                if (r.Code == line.Code) WriteRows(json, r.Rows, rows);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The trace's shared part: <c>names</c> (what each name a formula reads is: kind, in-force date, location,
    /// source, detail) and <c>row_shapes</c> (what an aggregate line's rows are).</summary>
    private static void WriteCatalog(Utf8JsonWriter json, TraceCatalog catalog)
    {
        json.WriteStartObject("names");
        foreach (var name in catalog.Names.Values)
        {
            json.WriteStartObject(name.Name);
            json.WriteString("kind", TraceText.KindText(name.Kind));
            if (name.InForce is { } from) json.WriteString("in_force", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (name.Location is { } at) json.WriteString("location", at);
            if (name.Source is { } source) json.WriteString(SourceProperty, source);
            if (name.Detail is { } detail) json.WriteString("detail", detail);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartObject("row_shapes");
        foreach (var (code, shape) in catalog.Rows)
        {
            json.WriteStartObject(code);
            json.WriteString("collection", shape.Collection);
            json.WriteStartArray(FieldsProperty);
            foreach (var f in shape.Fields) json.WriteStringValue(f);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>A number as explanations show it (<see cref="FormulaText.Display"/>: at most 4 decimals, no trailing zeros).</summary>
    private static decimal Shown(decimal value) => decimal.Parse(FormulaText.Display(value), CultureInfo.InvariantCulture);

    /// <summary>The rows behind an aggregate line, each with its date, source row, own value and the fields the formula
    /// read (numbers in <see cref="FormulaText.Display"/> form, in the order of the line's row shape), one row per text
    /// line: written compact into <paramref name="rows"/>' buffer and copied in raw, so 500,000 rows do not take 10 lines each.</summary>
    private static void WriteRows(Utf8JsonWriter json, IReadOnlyList<TraceRow> traceRows, CompactRows rows)
    {
        json.WritePropertyName(RowsProperty);
        json.WriteRawValue(rows.Write(traceRows), skipInputValidation: true);
    }

    /// <summary>A reused compact writer for the rows of one line.</summary>
    private sealed class CompactRows
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private readonly Utf8JsonWriter _writer;

        public CompactRows() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = Options.Encoder });

        public ReadOnlySpan<byte> Write(IReadOnlyList<TraceRow> rows)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            _writer.WriteStartArray();
            Span<char> date = stackalloc char[10];
            foreach (var row in rows)
            {
                _writer.WriteStartObject();
                row.Date.TryFormat(date, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                _writer.WriteString(DateProperty, date);
                _writer.WriteString(SourceProperty, TraceText.Source(row.Source));
                _writer.WriteNumber(ValueProperty, Shown(row.Value));
                _writer.WriteStartArray(FieldsProperty);
                foreach (var f in row.Fields) _writer.WriteNumberValue(Shown(f));
                _writer.WriteEndArray();
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
            _writer.Flush();
            return _buffer.WrittenSpan;
        }
    }
}
