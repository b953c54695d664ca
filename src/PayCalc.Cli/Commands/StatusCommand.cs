using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc status [--period P] [--db F]</c>: the months the database knows, their status, and the audit log.</summary>
public static class StatusCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string?>("--period") { Description = "Only this month, yyyy-MM (default: every month)." };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var command = new Command("status", "List the months with their status (open, calculated, approved, closed) and the audit log.") { period, db };
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
