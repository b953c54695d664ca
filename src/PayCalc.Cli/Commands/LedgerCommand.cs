using System.CommandLine;
using PayCalc.Application;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc ledger --year Y [--agent A] [--db F] [--out DIR]</c>: the year's commission, clawback, bonus and
/// adjustment lines from the stored runs, with the deals behind them and a reconciliation per agent.</summary>
public static class LedgerCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var year = new Option<int>("--year") { Description = ToolText.Get("Ledger_OptYear"), Required = true };
        var agent = new Option<string?>("--agent") { Description = ToolText.Get("Ledger_OptAgent") };
        var db = new Option<string?>("--db") { Description = ToolText.Format("Tool_DbOption", settings.Database) };
        var outDir = new Option<string?>("--out") { Description = ToolText.Format("Ledger_OptOut", settings.OutputDirectory) };
        var command = new Command("ledger", ToolText.Get("Ledger_Command"))
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
