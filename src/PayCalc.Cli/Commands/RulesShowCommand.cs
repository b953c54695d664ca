using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc rules show --period P [--db F] [--out DIR]</c>: the month's rule snapshot, printed or written to a folder.</summary>
public static class RulesShowCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = FinanceText.Get("Show_OptPeriod"), Required = true };
        var db = new Option<string?>("--db") { Description = FinanceText.Format("Show_OptDb", settings.Database) };
        var output = new Option<string?>("--out") { Description = FinanceText.Get("Show_OptOut") };
        var command = new Command("show", FinanceText.Get("Show_Command")) { period, db, output };
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            return new ShowRules(Console.Out, Console.Error, TimeProvider.System)
                .Show(parse.GetValue(db) ?? settings.Database, p, parse.GetValue(output), settings.BusyTimeoutSeconds);
        });
        return command;
    }
}
