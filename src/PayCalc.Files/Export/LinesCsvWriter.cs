using System.Globalization;
using CsvHelper;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>Writes the long-form payslip lines as CSV (UTF-8 with BOM so Excel shows Chinese), used when the lines
/// do not fit in one worksheet.</summary>
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
        foreach (var payslip in payslips)
        {
            foreach (var line in payslip.Lines)
            {
                if (!ExportedLines.IsShown(line)) continue;
                csv.WriteField(payslip.AgentId);
                csv.WriteField(payslip.Name);
                csv.WriteField(payslip.Team);
                csv.WriteField(line.Code);
                csv.WriteField(line.Name);
                csv.WriteField(ExportedLines.CategoryName(line.Category));
                csv.WriteField(ExportedLines.Amount(line.Amount), "0.00", CultureInfo.InvariantCulture);
                csv.WriteField(line.Formula);
                csv.WriteField(line.Explain);
                csv.WriteField(ExportedLines.RowsText(payslip, line.Code));
                csv.EndRecord();
            }
        }
    }
}
