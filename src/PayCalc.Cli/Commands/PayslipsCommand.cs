using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc payslips --period P [--agents A001,A002] [--db F] --out DIR [--combined]</c>: the stored month's
/// payslips as PDF, one per agent or all in one file.</summary>
public static class PayslipsCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = "Month, yyyy-MM (a stored run).", Required = true };
        var agents = new Option<string?>("--agents") { Description = "Only these agents (工号), comma-separated, e.g. A001,A002." };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var outDir = new Option<string>("--out") { Description = "Folder for <agent_id>-<period>.pdf (created if missing).", Required = true };
        var combined = new Option<bool>("--combined") { Description = "One file, payslips-<period>.pdf, with every payslip." };
        var command = new Command("payslips", "Write the stored month's payslips as PDF: lines grouped 应发 / 扣款 with explanations, 实发 in figures and 大写.")
            { period, agents, db, outDir, combined };
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
                throw new BadOptionException(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
            var ids = parse.GetValue(agents)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids is { Length: 0 }) throw new BadOptionException(Messages.Get("Cli_AgentsEmpty"));
            return new PayslipDocuments(Console.Out, Console.Error, TimeProvider.System).Write(new PayslipsRequest(
                p, parse.GetValue(db) ?? settings.Database, parse.GetValue(outDir)!, ids, parse.GetValue(combined),
                BusyTimeoutSeconds: settings.BusyTimeoutSeconds));
        });
        return command;
    }
}
