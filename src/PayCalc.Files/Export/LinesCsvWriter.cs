using System.Globalization;
using System.Text;
using CsvHelper;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>Writes the long-form payslip lines as CSV (UTF-8 with BOM so Excel shows Chinese), used when the lines
/// do not fit in one worksheet.</summary>
/// <remarks>At 100,000 agents this is 2.5 million rows. Fields go to CsvHelper as UTF-8: the explanation as the payslip
/// keeps it, a line's code, names and formula and an agent's id, name and team encoded once per line kind and per agent
/// instead of once per row (5.5 s -> see the commit for the measured figure).</remarks>
internal static class LinesCsvWriter
{
    // Excel runs a CSV cell that starts with = + - @ as a formula (CSV injection): such text gets a leading
    // apostrophe. Injection handling applies to text only, so negative amounts keep their minus sign.
    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static void Write(string path, IReadOnlyList<Payslip> payslips, IReadOnlyList<XlsxColumn> columns)
    {
        using var csv = CsvWriter.ToFile(path, Options);
        foreach (var column in columns) csv.WriteField(column.Header);
        csv.EndRecord();
        var kinds = new Dictionary<string, LineKind>(StringComparer.Ordinal);
        foreach (var payslip in payslips)
        {
            byte[]? agentId = null, name = null, team = null;
            for (var i = 0; i < payslip.Lines.Count; i++)
            {
                var line = payslip.LineAt(i);
                if (!ExportedLines.IsShown(line)) continue;
                agentId ??= Utf8(payslip.AgentId);
                name ??= Utf8(payslip.Name);
                team ??= Utf8(payslip.Team);
                if (!kinds.TryGetValue(line.Code, out var kind) || !kind.Matches(line.Kind))
                    kinds[line.Code] = kind = new LineKind(line.Kind);
                csv.WriteField(agentId);
                csv.WriteField(name);
                csv.WriteField(team);
                csv.WriteField(kind.Code);
                csv.WriteField(kind.Name);
                csv.WriteField(kind.Category);
                csv.WriteField(ExportedLines.Amount(line.Amount), "0.00", CultureInfo.InvariantCulture);
                csv.WriteField(kind.Formula);
                csv.WriteField(line.ExplainUtf8.Span);
                csv.WriteField(ExportedLines.RowsText(payslip, line.Code));
                csv.EndRecord();
            }
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>What every line of one code shares, as UTF-8.</summary>
    private sealed class LineKind(PayslipLine line)
    {
        private readonly PayslipLine _line = line;
        public byte[] Code { get; } = Utf8(line.Code);
        public byte[] Name { get; } = Utf8(line.Name);
        public byte[] Category { get; } = Utf8(ExportedLines.CategoryName(line.Category));
        public byte[] Formula { get; } = Utf8(line.Formula);

        /// <summary>Whether <paramref name="other"/> has this kind's name, category and formula (an adjustment line may
        /// share a code with different words).</summary>
        public bool Matches(PayslipLine other) =>
            other.Name == _line.Name && other.Formula == _line.Formula && other.Category == _line.Category;
    }
}
