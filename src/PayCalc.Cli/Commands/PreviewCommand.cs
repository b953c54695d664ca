using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc preview --period --input [--plan] [--db]</c>: store a month-to-date snapshot for agents' estimates.</summary>
public static class PreviewCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var plan = new Option<string?>("--plan") { Description = $"Plan file (default {settings.DefaultPlan})." };
        var period = new Option<string>("--period") { Description = "The month so far, yyyy-MM (a month without a stored run).", Required = true };
        var input = new Option<string>("--input") { Description = "Folder with the month's files so far (as for run).", Required = true };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var user = new Option<string?>("--user") { Description = "Who stores the preview (default: the OS user name)." };
        var encoding = new Option<string?>("--encoding") { Description = $"Encoding of the input CSV files (default {settings.CsvEncoding})." };
        var command = new Command("preview",
            "Import, check and compute the month so far as run does, and store it as the preview agents see (预估) - never a payslip or the month's run; it replaces the preview before.")
        {
            plan, period, input, db, user, encoding,
        };
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            var request = new PreviewRequest(parse.GetValue(plan) ?? settings.DefaultPlan, p, parse.GetValue(input)!,
                parse.GetValue(db) ?? settings.Database, settings.RulesDirectory)
            {
                User = AuditUser.Resolve(parse.GetValue(user)),
                Import = settings.ImportWith(parse.GetValue(encoding)),
                BusyTimeoutSeconds = settings.BusyTimeoutSeconds,
                ComputeBudget = settings.ComputeBudget,
            };
            return new PublishPreview(Console.Out, Console.Error, TimeProvider.System).Publish(request);
        });
        return command;
    }
}
