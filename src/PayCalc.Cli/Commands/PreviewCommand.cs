using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc preview --period --input [--plan] [--db]</c>: store a month-to-date snapshot for agents' estimates.</summary>
public static class PreviewCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var plan = new Option<string?>("--plan") { Description = Messages.Format("Help_OptPlan", settings.DefaultPlan) };
        var period = new Option<string>("--period") { Description = Messages.Get("Help_Preview_Period"), Required = true };
        var input = new Option<string>("--input") { Description = Messages.Get("Help_Preview_Input"), Required = true };
        var db = new Option<string?>("--db") { Description = Messages.Format("Help_OptDb", settings.Database) };
        var user = new Option<string?>("--user") { Description = Messages.Get("Help_Preview_User") };
        var encoding = new Option<string?>("--encoding") { Description = Messages.Format("Help_Preview_Encoding", settings.CsvEncoding) };
        var command = new Command("preview",
            Messages.Get("Help_Preview"))
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
