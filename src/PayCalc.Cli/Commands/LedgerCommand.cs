using System.CommandLine;
using PayCalc.Application;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc ledger --year Y [--agent A] [--db F] [--out DIR]</c>: the year's commission, clawback, bonus and
/// adjustment lines from the stored runs, with the deals behind them and a reconciliation per agent.</summary>
public static class LedgerCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var year = new Option<int>("--year") { Description = "Year, e.g. 2026 (every month of it that has a stored run).", Required = true };
        var agent = new Option<string?>("--agent") { Description = "Only this agent (工号); prints its lines and deals too." };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var outDir = new Option<string?>("--out") { Description = $"Folder for ledger-<year>.xlsx (default {settings.OutputDirectory})." };
        var command = new Command("ledger", "Bonus ledger of a year: commission and clawback with their deals, bonuses, adjustments, and a reconciliation per agent.")
            { year, agent, db, outDir };
        command.SetAction(parse =>
        {
            var y = parse.GetValue(year);
            if (y is < 1900 or > 9999) throw new BadOptionException(Messages.Format("Cli_BadYear", y));
            return new BonusLedger(Console.Out, Console.Error, TimeProvider.System).Run(parse.GetValue(db) ?? settings.Database, y,
                parse.GetValue(agent), parse.GetValue(outDir) ?? settings.OutputDirectory, settings.BusyTimeoutSeconds);
        });
        return command;
    }
}
