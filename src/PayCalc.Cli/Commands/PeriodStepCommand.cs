using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;

namespace PayCalc.Cli.Commands;

/// <summary>
/// The shared shape of <c>paycalc approve</c> and <c>paycalc close</c>: one workflow step on one period,
/// checked and audited by the store in one transaction; approve also takes <c>--acknowledge CODE[:AGENT]...</c>. Exit 0 done, 1 refused (nothing changed), 2 bad option.
/// </summary>
public static class PeriodStepCommand
{
    public static Command Create(PayCalcSettings settings, PeriodAction action, string description)
    {
        var period = new Option<string>("--period") { Description = "Month, yyyy-MM.", Required = true };
        var user = new Option<string?>("--user") { Description = "Who takes the step, for the audit log (default: the OS user name)." };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit log." };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var run = new Option<long?>("--run") { Description = "The run being " + PeriodTransitions.Text(action) + "d, as paycalc status shows it (default: the month's run when the command starts); refused if the month was run again since." };
        var acknowledge = new Option<string[]>("--acknowledge")
        {
            Description = "Blocking exceptions checked and in order, CODE or CODE:AGENT (several allowed); needs --reason. Recorded in the audit log.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(PeriodTransitions.Text(action), description) { period, run, user, reason, db };
        if (action == PeriodAction.Approve) command.Options.Add(acknowledge);
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            return new PeriodWorkflow(Console.Out, Console.Error, TimeProvider.System)
                .Step(parse.GetValue(db) ?? settings.Database, p, action, AuditUser.Resolve(parse.GetValue(user)), parse.GetValue(reason),
                    parse.GetValue(run), settings.BusyTimeoutSeconds, action == PeriodAction.Approve ? parse.GetValue(acknowledge) : null);
        });
        return command;
    }
}
