using System.CommandLine;
using System.Globalization;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc simulate --plan PROPOSED --periods 2026-10..2026-12</c>: what a proposed plan would have paid over
/// stored months, against what they paid. Parses and prints only; <see cref="SimulateMonths"/> does the work.</summary>
public static class SimulateCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var plan = new Option<string>("--plan") { Description = FinanceText.Get("Simulate_OptPlan"), Required = true };
        var periods = new Option<string>("--periods") { Description = FinanceText.Get("Simulate_OptPeriods"), Required = true };
        var db = new Option<string?>("--db") { Description = FinanceText.Format("Simulate_OptDb", settings.Database) };
        var output = new Option<string?>("--out") { Description = FinanceText.Format("Simulate_OptOut", settings.OutputDirectory) };
        var command = new Command("simulate", FinanceText.Get("Simulate_Command"))
        {
            plan, periods, db, output,
        };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(periods)!;
            var parts = text.Split("..");
            if (parts.Length > 2 || !Period.TryParse(parts[0], out var from) || !Period.TryParse(parts[^1], out var to) || to.CompareTo(from) < 0)
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriods", text));
                return PayrollRunner.BadInput;
            }
            var request = new SimulateRequest(parse.GetValue(plan)!, from, to, parse.GetValue(db) ?? settings.Database, settings.RulesDirectory,
                parse.GetValue(output) ?? settings.OutputDirectory)
            {
                BusyTimeoutSeconds = settings.BusyTimeoutSeconds,
                ComputeBudget = settings.ComputeBudget,
                Import = settings.Import,
            };
            var outcome = new SimulateMonths(TimeProvider.System, Console.Error).Simulate(request);
            if (outcome.Report is not { } report)
            {
                var where = outcome.FailedPeriod is { } p ? $" ({p})" : "";
                foreach (var problem in outcome.Failure?.Problems ?? [])
                    Console.Error.WriteLine($"paycalc: simulate{where}: {problem}");
                return PayrollRunner.Failure;
            }
            Print(report, outcome.Files);
            return PayrollRunner.Ok;
        });
        return command;
    }

    private static void Print(Domain.Simulation.SimulationReport report, IReadOnlyList<string> files)
    {
        static string M(decimal d) => d.ToString("#,##0.00", CultureInfo.InvariantCulture);
        static string S(decimal d) => (d > 0 ? "+" : "") + M(d);
        var o = Console.Out;
        o.WriteLine(FinanceText.Format("Simulate_Title", report.Name, report.Periods[0], report.Periods[^1]));
        if (report.RuleChanges.Count > 0) o.WriteLine(FinanceText.Format("Simulate_RuleChanges", report.RuleChanges.Count));
        foreach (var r in report.RuleChanges.Take(10)) o.WriteLine($"    {r.Months}: {r.Summary}");
        if (report.RuleChanges.Count > 10) o.WriteLine(FinanceText.Format("Simulate_MoreInWorkbook", report.RuleChanges.Count - 10));
        foreach (var c in report.Costs.Where(c => c.Team.Length == 0 && c.Code is "gross" or "net" or "employer_cost"))
            o.WriteLine($"  {c.Period?.ToString() ?? FinanceText.Get("Simulate_Range")}  {c.Code,-14} {M(c.Baseline),18} -> {M(c.Proposed),18}  {S(c.Difference),16}");
        var lines = report.Costs.Where(c => c.Period is null && c.Category != "total" && c.Difference != 0).OrderByDescending(c => Math.Abs(c.Difference)).ToList();
        if (lines.Count > 0) o.WriteLine(FinanceText.Get("Simulate_LinesChange"));
        foreach (var c in lines.Take(10))
            o.WriteLine($"    {c.Code,-26} {M(c.Baseline),16} -> {M(c.Proposed),16}  {S(c.Difference),14}");
        if (lines.Count > 10) o.WriteLine(FinanceText.Format("Simulate_MoreInWorkbook", lines.Count - 10));
        o.WriteLine(FinanceText.Format("Simulate_Agents", report.AgentsCompared, report.Agents.Count, S(report.Agents.Sum(a => a.Difference)), S(report.NetDifference), report.AgentsWithLineChanges));
        foreach (var a in report.Agents.Where(a => a.Difference > 0).Take(3).Concat(report.Agents.Where(a => a.Difference < 0).Take(3)))
            o.WriteLine($"    {a.AgentId,-10} {a.Team,-10} {S(a.Difference),14}");
        var appear = report.FlagChanges.Count(f => f.Appears);
        o.WriteLine(FinanceText.Format("Simulate_Exceptions", appear, report.FlagChanges.Count - appear));
        foreach (var w in report.Warnings.Distinct()) o.WriteLine(FinanceText.Format("Simulate_Note", w));
        foreach (var f in files) o.WriteLine(FinanceText.Format("Simulate_Wrote", f));
    }
}
