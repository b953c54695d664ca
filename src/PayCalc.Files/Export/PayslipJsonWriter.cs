using System.Text.Encodings.Web;
using System.Text.Json;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>Writes <c>payslips.json</c> as described in docs/data-contract.md: payslips sorted by agent id, lines in
/// plan order, zero earning/deduction/employer lines omitted, info lines kept, money with exactly two decimals,
/// Chinese as readable UTF-8. The same result always gives the same bytes.</summary>
public sealed class PayslipJsonWriter
{
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Relaxed escaping writes 张三 as UTF-8 instead of \u5F20\u4E09; the file is read by people as well
        // as programs. It still escapes what JSON requires (quotes, backslashes, control characters).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(PayrollResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(result, file);
    }

    public void Write(PayrollResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);

        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("period", result.Period.ToString());
        json.WriteString("plan", result.PlanCode);
        json.WriteString("plan_version", result.PlanVersion);
        json.WriteStartArray("payslips");
        foreach (var payslip in ExportedLines.Sorted(result.Payslips))
        {
            WritePayslip(json, payslip);
            if (json.BytesPending > FlushThreshold) json.Flush();
        }
        json.WriteEndArray();
        json.WriteStartArray("flags");
        foreach (var flag in result.Flags)
        {
            json.WriteStartObject();
            json.WriteString("agent_id", flag.AgentId);
            json.WriteString("code", flag.Code);
            json.WriteString("message", flag.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WritePayslip(Utf8JsonWriter json, Payslip payslip)
    {
        json.WriteStartObject();
        json.WriteString("agent_id", payslip.AgentId);
        json.WriteString("name", payslip.Name);
        json.WriteString("team", payslip.Team);
        json.WriteNumber("gross", ExportedLines.Amount(payslip.Gross));
        json.WriteNumber("net", ExportedLines.Amount(payslip.Net));
        json.WriteNumber("employer_cost", ExportedLines.Amount(payslip.EmployerCost));
        json.WriteStartArray("lines");
        foreach (var line in payslip.Lines)
        {
            if (!ExportedLines.IsShown(line)) continue;
            json.WriteStartObject();
            json.WriteString("code", line.Code);
            json.WriteString("name", line.Name);
            json.WriteString("name_en", line.NameEn);
            json.WriteString("category", ExportedLines.CategoryName(line.Category));
            json.WriteNumber("amount", ExportedLines.Amount(line.Amount));
            json.WriteString("explain", line.Explain);
            json.WriteString("formula", line.Formula);
            json.WriteStartObject("inputs");
            for (var i = 0; i < line.Inputs.Count; i++)
            {
                // A JSON object cannot hold a name twice; the first value is the one the formula used.
                if (!IsFirst(line.Inputs, i)) continue;
                json.WriteString(line.Inputs[i].Name, line.Inputs[i].Value);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static bool IsFirst(IReadOnlyList<LineInput> inputs, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(inputs[j].Name, inputs[index].Name, StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
