using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc run --plan --period --input [--db] [--out]</c> (data contract).</summary>
public static class RunCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var plan = new Option<string?>("--plan") { Description = $"Plan file (default {settings.DefaultPlan})." };
        var period = new Option<string>("--period") { Description = "Month to pay, yyyy-MM.", Required = true };
        var input = new Option<string>("--input") { Description = "Folder with agents, attendance, metrics, sales (.xlsx or .csv).", Required = true };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var outDir = new Option<string?>("--out") { Description = $"Output folder for payslips.json and payroll-<period>.xlsx (default {settings.OutputDirectory}/<period>)." };
        var user = new Option<string?>("--user") { Description = "Who runs the month, for the audit log (default: the OS user name)." };
        var reason = new Option<string?>("--reason") { Description = "Why the month is (re)run, for the audit log." };
        var encoding = new Option<string?>("--encoding") { Description = $"Encoding of the input CSV files: auto (UTF-8 if valid, else GB18030), utf-8, gb18030 or gbk (default {settings.CsvEncoding})." };
        var command = new Command("run", "Import a month's files, compute every payslip, store the run and write payslips.json and the workbook. A closed month is refused (exit 1).")
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
