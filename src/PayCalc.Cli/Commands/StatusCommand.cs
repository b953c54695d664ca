using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc status [--period P] [--db F]</c>: the months the database knows, their status, and the audit log.</summary>
public static class StatusCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string?>("--period") { Description = Messages.Get("Help_Status_Period") };
        var db = new Option<string?>("--db") { Description = Messages.Format("Help_OptDb", settings.Database) };
        var command = new Command("status", Messages.Get("Help_Status")) { period, db };
        command.SetAction(parse =>
        {
            Period? only = null;
            if (parse.GetValue(period) is { } text)
            {
                if (!Period.TryParse(text, out var p))
                {
                    Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", text));
                    return PayrollRunner.BadInput;
                }
                only = p;
            }
            return new PeriodWorkflow(Console.Out, Console.Error, TimeProvider.System).Status(parse.GetValue(db) ?? settings.Database, only, settings.BusyTimeoutSeconds);
        });
        return command;
    }
}
