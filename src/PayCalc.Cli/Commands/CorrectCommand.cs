using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc correct --period P --input DIR [--plan] [--db] [--user] [--reason]</c>: correct a closed month.</summary>
public static class CorrectCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = "The closed month to correct, yyyy-MM.", Required = true };
        var input = new Option<string>("--input") { Description = "Folder with the month's corrected input files.", Required = true };
        var plan = new Option<string?>("--plan") { Description = "Plan file (default: the one the month was run with)." };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var user = new Option<string?>("--user") { Description = "Who corrects the month, for the audit log (default: the OS user name)." };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit log." };
        var encoding = new Option<string?>("--encoding") { Description = $"Encoding of the input CSV files: auto, utf-8, gb18030 or gbk (default {settings.CsvEncoding})." };
        var command = new Command("correct",
            "Recompute a closed month from corrected inputs (never stored as its run) and post the line differences as adjustment lines to the next open month. A month that is not closed is refused (exit 1).")
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
