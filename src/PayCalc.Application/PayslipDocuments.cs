using System.Diagnostics;
using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Pdf;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// <c>paycalc payslips</c>: one PDF payslip per agent (<c>A001-2026-10.pdf</c>), or all in one file, from the month as
/// stored: the same payslips, lines and explanations that <c>explain</c> reads, never recomputed, so a payslip shows what
/// was paid. Exit codes as <c>run</c>: 0 written, 1 nothing to write (no database, no stored month, an agent without a
/// payslip that month: nothing is written then).
/// </summary>
public sealed class PayslipDocuments(TextWriter output, TextWriter errors, TimeProvider time)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the payslips of <paramref name="request"/>'s month.</summary>
    public int Write(PayslipsRequest request)
    {
        if (!File.Exists(request.DatabasePath))
        {
            errors.WriteLine(ToolText.Format("Tool_NoDatabase", request.DatabasePath));
            return PayrollRunner.Failure;
        }
        var clock = Stopwatch.StartNew();
        var store = Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, errors);
        var run = store.Runs.FindRun(request.Period);
        if (run is null)
        {
            errors.WriteLine(ToolText.Format("Payslips_NoRun", request.Period.ToString(), request.DatabasePath));
            return PayrollRunner.Failure;
        }

        IReadOnlyList<StoredPayslip> slips;
        if (request.AgentIds is { Count: > 0 } wanted)
        {
            var found = wanted.Distinct(StringComparer.Ordinal).Select(a => (Id: a, Slip: store.Runs.FindPayslip(request.Period, a))).ToList();
            var missing = found.Where(f => f.Slip is null).Select(f => f.Id).ToList();
            if (missing.Count > 0)
            {
                errors.WriteLine(ToolText.Format("Payslips_Missing", request.Period.ToString(), string.Join(", ", missing)));
                return PayrollRunner.Failure;
            }
            slips = found.Select(f => f.Slip!).ToList();
        }
        else
        {
            slips = store.Runs.ReadPayslips(request.Period, linesOnly: true).OrderBy(s => s.AgentId, StringComparer.Ordinal).ToList();
        }
        var read = clock.Elapsed;

        Directory.CreateDirectory(request.OutFolder);
        var header = new PayslipPdfHeader(request.Company ?? "", run.PlanCode, run.PlanVersion, request.Period);
        var payslips = slips.Select(ToPayslip);
        if (request.Combined)
        {
            var path = Path.Combine(request.OutFolder, PayslipPdfWriter.CombinedFileName(request.Period));
            new PayslipPdfWriter().WriteCombined(payslips, header, path);
            output.WriteLine(ToolText.Format("Payslips_WroteCombined", slips.Count.ToString("N0", Inv), request.Period.ToString(), path));
        }
        else
        {
            // One writer (its own fonts) per core: a payslip costs a few milliseconds, mostly embedding the font subset.
            Parallel.ForEach(payslips, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new PayslipPdfWriter(),
                (payslip, _, writer) =>
                {
                    writer.Write(payslip, header, Path.Combine(request.OutFolder, PayslipPdfWriter.FileName(payslip.AgentId, request.Period)));
                    return writer;
                },
                _ => { });
            output.WriteLine(ToolText.Format("Payslips_WroteEach", slips.Count.ToString("N0", Inv), request.Period.ToString(), request.OutFolder, $"<agent>-{request.Period}.pdf"));
        }
        output.WriteLine(ToolText.Format("Payslips_Time", read.TotalSeconds.ToString("0.00", Inv), (clock.Elapsed - read).TotalSeconds.ToString("0.00", Inv)));
        return PayrollRunner.Ok;
    }

    /// <summary>The stored payslip as the domain's payslip (gross and net summed from the stored lines, as when it was computed).</summary>
    private static Payslip ToPayslip(StoredPayslip slip) => new()
    {
        AgentId = slip.AgentId,
        Name = slip.Name,
        Team = slip.Team,
        Lines = slip.Lines,
    };
}
