using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc correct --period P --input DIR [--plan] [--db] [--user] [--reason]</c>: correct a closed month.</summary>
public static class CorrectCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = Messages.Get("Help_Correct_Period"), Required = true };
        var input = new Option<string>("--input") { Description = Messages.Get("Help_Correct_Input"), Required = true };
        var plan = new Option<string?>("--plan") { Description = Messages.Get("Help_Correct_Plan") };
        var db = new Option<string?>("--db") { Description = Messages.Format("Help_OptDb", settings.Database) };
        var user = new Option<string?>("--user") { Description = Messages.Get("Help_Correct_User") };
        var reason = new Option<string?>("--reason") { Description = Messages.Get("Help_OptReasonAudit") };
        var encoding = new Option<string?>("--encoding") { Description = Messages.Format("Help_Correct_Encoding", settings.CsvEncoding) };
        var command = new Command("correct",
            Messages.Get("Help_Correct"))
        {
            period, input, plan, db, user, reason, encoding,
        };
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            var request = new CorrectRequest(parse.GetValue(plan), p, parse.GetValue(input)!, parse.GetValue(db) ?? settings.Database, settings.RulesDirectory)
            {
                User = AuditUser.Resolve(parse.GetValue(user)),
                Reason = parse.GetValue(reason),
                Import = settings.ImportWith(parse.GetValue(encoding)),
                BusyTimeoutSeconds = settings.BusyTimeoutSeconds,
                ComputeBudget = settings.ComputeBudget,
            };
            return new CorrectionRunner(Console.Out, Console.Error, TimeProvider.System).Correct(request);
        });
        return command;
    }
}
