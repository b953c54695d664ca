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
        var period = new Option<string>("--period") { Description = ToolText.Get("Payslips_OptPeriod"), Required = true };
        var agents = new Option<string?>("--agents") { Description = ToolText.Get("Payslips_OptAgents") };
        var db = new Option<string?>("--db") { Description = ToolText.Format("Tool_DbOption", settings.Database) };
        var outDir = new Option<string>("--out") { Description = ToolText.Get("Payslips_OptOut"), Required = true };
        var combined = new Option<bool>("--combined") { Description = ToolText.Get("Payslips_OptCombined") };
        var command = new Command("payslips", ToolText.Get("Payslips_Command"))
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
