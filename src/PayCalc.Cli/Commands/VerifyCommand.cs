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
        var period = new Option<string>("--period") { Description = "Month, yyyy-MM.", Required = true };
        var db = new Option<string?>("--db") { Description = $"SQLite database file (default {settings.Database})." };
        var plan = new Option<string?>("--plan") { Description = "Verify against this plan file instead of the month's stored rules (needed for a month stored before schema 5)." };
        var command = new Command("verify", "Recompute a stored month from its stored input and rules; compare every line of every payslip with what is stored.") { period, db, plan };
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
        foreach (var w in outcome.Warnings) errors.WriteLine("  warning: " + w);
        if (outcome.Problems.Count > 0)
        {
            foreach (var problem in outcome.Problems) errors.WriteLine(problem);
            return PayrollRunner.Failure;
        }
        if (outcome.Identical)
        {
            output.WriteLine($"{period}: {outcome.Payslips:N0} payslips, {outcome.Lines:N0} lines identical.");
            return PayrollRunner.Ok;
        }
        var agents = outcome.Differences.Select(d => d.AgentId).Distinct().Count();
        output.WriteLine($"{period}: {outcome.Differences.Count:N0} difference(s) on {agents:N0} of {outcome.Payslips:N0} payslips between what is stored and what the stored input and rules give:");
        output.WriteLine($"  {"agent",-12} {"line",-28} {"stored",16} {"recomputed",16}");
        foreach (var d in outcome.Differences)
            output.WriteLine($"  {d.AgentId,-12} {d.Line,-28} {Money(d.Stored),16} {Money(d.Recomputed),16}");
        return PayrollRunner.Failure;
    }

    private static string Money(decimal? amount) => amount?.ToString("#,##0.00##", CultureInfo.InvariantCulture) ?? "(none)";
}
