using System.CommandLine;
using System.Globalization;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc verify --period P [--db F] [--plan F]</c>: recompute a stored month from its stored input and rules
/// and compare every line of every payslip with what is stored. Exit 0 identical, 1 any difference or problem.</summary>
public static class VerifyCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = FinanceText.Get("Verify_OptPeriod"), Required = true };
        var db = new Option<string?>("--db") { Description = FinanceText.Format("Verify_OptDb", settings.Database) };
        var plan = new Option<string?>("--plan") { Description = FinanceText.Get("Verify_OptPlan") };
        var command = new Command("verify", FinanceText.Get("Verify_Command")) { period, db, plan };
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            var request = new VerifyRequest(p, parse.GetValue(db) ?? settings.Database, parse.GetValue(plan), settings.RulesDirectory)
            {
                BusyTimeoutSeconds = settings.BusyTimeoutSeconds,
                ComputeBudget = settings.ComputeBudget,
                Import = settings.Import,
            };
            var outcome = new VerifyMonth(TimeProvider.System, Console.Error).Verify(request);
            return Print(p, outcome, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>Prints the outcome; returns the exit code.</summary>
    public static int Print(Period period, VerifyOutcome outcome, TextWriter output, TextWriter errors)
    {
        foreach (var w in outcome.Warnings) errors.WriteLine(FinanceText.Format("Verify_Warning", w));
        if (outcome.Problems.Count > 0)
        {
            foreach (var problem in outcome.Problems) errors.WriteLine(problem);
            return PayrollRunner.Failure;
        }
        if (outcome.Identical)
        {
            output.WriteLine(FinanceText.Format("Verify_Identical", period, outcome.Payslips, outcome.Lines));
            return PayrollRunner.Ok;
        }
        var agents = outcome.Differences.Select(d => d.AgentId).Distinct().Count();
        output.WriteLine(FinanceText.Format("Verify_Differences", period, outcome.Differences.Count, agents, outcome.Payslips));
        output.WriteLine($"  {FinanceText.Get("Verify_ColAgent"),-12} {FinanceText.Get("Verify_ColLine"),-28} {FinanceText.Get("Verify_ColStored"),16} {FinanceText.Get("Verify_ColRecomputed"),16}");
        foreach (var d in outcome.Differences)
            output.WriteLine($"  {d.AgentId,-12} {d.Line,-28} {Money(d.Stored),16} {Money(d.Recomputed),16}");
        return PayrollRunner.Failure;
    }

    private static string Money(decimal? amount) => amount?.ToString("#,##0.00##", CultureInfo.InvariantCulture) ?? FinanceText.Get("Verify_None");
}
