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
        var period = new Option<string>("--period") { Description = Messages.Get("Help_Step_Period"), Required = true };
        var user = new Option<string?>("--user") { Description = Messages.Get("Help_Step_User") };
        var reason = new Option<string?>("--reason") { Description = Messages.Get("Help_OptReasonAudit") };
        var db = new Option<string?>("--db") { Description = Messages.Format("Help_OptDb", settings.Database) };
        var run = new Option<long?>("--run") { Description = Messages.Get(action == PeriodAction.Approve ? "Help_Approve_Run" : "Help_Close_Run") };
        var acknowledge = new Option<string[]>("--acknowledge")
        {
            Description = Messages.Get("Help_Approve_Acknowledge"),
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
