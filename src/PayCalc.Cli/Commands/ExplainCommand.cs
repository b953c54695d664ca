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
        var period = new Option<string>("--period") { Description = ToolText.Get("Explain_OptPeriod"), Required = true };
        var agent = new Option<string>("--agent") { Description = ToolText.Get("Explain_OptAgent"), Required = true };
        var db = new Option<string?>("--db") { Description = ToolText.Format("Tool_DbOption", settings.Database) };
        var line = new Option<string?>("--line") { Description = ToolText.Get("Explain_OptLine") };
        var command = new Command("explain", ToolText.Get("Explain_Command")) { period, agent, db, line };
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
