using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc explain --period P --agent A</c>: one payslip's story from the stored run - each line
/// with its formula, the formula with the values that went in, and the intermediate values it used.</summary>
public static class ExplainCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = "Month, yyyy-MM.", Required = true };
        var agent = new Option<string>("--agent") { Description = "Agent id (工号).", Required = true };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var line = new Option<string?>("--line") { Description = "Also print this line's computation as a tree of the values it used (default: iit, the cumulative income tax)." };
        var command = new Command("explain", "Explain one agent's payslip line by line: formula, values used, result.") { period, agent, db, line };
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            return new ExplainPayslip(Console.Out, Console.Error, TimeProvider.System)
                .Explain(parse.GetValue(db) ?? settings.Database, p, parse.GetValue(agent)!, parse.GetValue(line), settings.BusyTimeoutSeconds);
        });
        return command;
    }
}
