using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc run --plan --period --input [--db] [--out]</c> (data contract).</summary>
public static class RunCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var plan = new Option<string?>("--plan") { Description = Messages.Format("Help_OptPlan", settings.DefaultPlan) };
        var period = new Option<string>("--period") { Description = Messages.Get("Help_Run_Period"), Required = true };
        var input = new Option<string>("--input") { Description = Messages.Get("Help_Run_Input"), Required = true };
        var db = new Option<string?>("--db") { Description = Messages.Format("Help_OptDb", settings.Database) };
        var outDir = new Option<string?>("--out") { Description = Messages.Format("Help_Run_Out", settings.OutputDirectory) };
        var user = new Option<string?>("--user") { Description = Messages.Get("Help_Run_User") };
        var reason = new Option<string?>("--reason") { Description = Messages.Get("Help_Run_Reason") };
        var encoding = new Option<string?>("--encoding") { Description = Messages.Format("Help_Run_Encoding", settings.CsvEncoding) };
        var command = new Command("run", Messages.Get("Help_Run"))
        {
            plan, period, input, db, outDir, user, reason, encoding,
        };
        command.SetAction(parse =>
        {
            var io = parse.InvocationConfiguration;
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                io.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            var request = new RunRequest(
                parse.GetValue(plan) ?? settings.DefaultPlan,
                p,
                parse.GetValue(input)!,
                parse.GetValue(db) ?? settings.Database,
                parse.GetValue(outDir) ?? Path.Combine(settings.OutputDirectory, p.ToString()),
                settings.RulesDirectory)
            {
                User = AuditUser.Resolve(parse.GetValue(user)),
                Reason = parse.GetValue(reason),
                Import = settings.ImportWith(parse.GetValue(encoding)),
                BusyTimeoutSeconds = settings.BusyTimeoutSeconds,
                ComputeBudget = settings.ComputeBudget,
            };
            return new PayrollRunner(io.Output, io.Error, TimeProvider.System).Run(request);
        });
        return command;
    }
}
