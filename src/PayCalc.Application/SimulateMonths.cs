using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Payroll;
using PayCalc.Domain.Simulation;
using PayCalc.Files.Export;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// Simulation on history: recomputes each stored month of a range from its stored input with a proposed plan, chaining
/// the months as real runs do (a month reads the stored months before the range and the <em>simulated</em> months of the
/// range before it: December's quarterly bonus sums the simulated October and November), and compares every payslip with
/// the stored one. Stores and changes nothing: the database is only read (its file stays byte-identical). Writes
/// <c>simulation-&lt;plan&gt;.json</c> (per month, agent and line: baseline and proposed) and <c>simulation-&lt;plan&gt;.xlsx</c>
/// with its charts when an output folder is given.
/// </summary>
/// <param name="time">The clock the database is opened with (and the workbook's entries are stamped with).</param>
/// <param name="notes">Where opening the database reports an upgrade of its schema (a database of an earlier PayCalc).</param>
public sealed class SimulateMonths(TimeProvider time, TextWriter? notes = null)
{
    /// <summary>The report file names' part for a plan file: its name without extension (<c>p2.yaml</c> gives <c>p2</c>).</summary>
    public static string NameOf(string planPath) => Path.GetFileNameWithoutExtension(planPath);

    public SimulationOutcome Simulate(SimulateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var periods = request.Periods;
        if (periods.Count == 0)
            return Refused($"the range {request.From}..{request.To} is empty: the first month must not be after the last.");
        if (!File.Exists(request.DatabasePath))
            return Refused($"there is no database {request.DatabasePath}: nothing stored to simulate on.");
        PayrollDatabase.CheckFile(request.DatabasePath);
        var store = Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, notes ?? TextWriter.Null);
        if (periods.FirstOrDefault(p => store.Runs.FindRun(p) is null) is { Year: > 0 } missing)
            return new SimulationOutcome { FailedPeriod = missing, Failure = new MonthOutcome { Refusal = $"{missing} has no stored run to simulate on." } };

        // Every month's rules first: a plan that does not load stops the simulation before anything is written.
        var rules = new List<(CompiledPlan Plan, WorkCalendar Calendar)>();
        foreach (var period in periods)
            try
            {
                rules.Add(MonthRules.Load(request.PlanPath, request.RulesDirectory, period));
            }
            catch (RuleLoadException ex)
            {
                return new SimulationOutcome { FailedPeriod = period, Failure = new MonthOutcome { RuleErrors = ex.Errors } };
            }

        // Later months read only these lines of the simulated ones: the rest is not kept (100,000 agents have ~3 million lines a month).
        var historyCodes = rules.SelectMany(r => r.Plan.Definition.History).SelectMany(h => h.Lines).ToHashSet(StringComparer.Ordinal);
        var name = NameOf(request.PlanPath);
        var tally = new SimulationTally(periods);
        var warnings = new List<string>();
        string? folder = request.OutputFolder;
        var jsonPath = folder is null ? null : Path.Combine(folder, $"simulation-{name}.json");
        using var json = jsonPath is null ? null : new SimulationJsonWriter(jsonPath, name, request.PlanPath, periods);
        var simulated = PayrollHistory.Empty;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var (plan, calendar) = rules[i];
            var outcome = RecomputeMonth.Recompute(store, period, plan, calendar, request,
                period == periods[0] ? null : new EarlierMonthsInMemory(periods[0], simulated));
            if (outcome.Result is not { } result) return new SimulationOutcome { FailedPeriod = period, Failure = outcome };
            warnings.AddRange(outcome.Warnings);
            var stored = StoredMonth.Read(store, period)
                ?? throw new InvalidOperationException($"{period}'s run disappeared while simulating.");
            var slips = tally.Add(period, stored, result);
            json?.WriteMonth(period, slips);
            if (period != periods[^1]) simulated = simulated.Including(HistoryPart(result, historyCodes));
        }
        var report = tally.Report(name, request.PlanPath, warnings);
        if (folder is null || json is null) return new SimulationOutcome { Report = report };
        json.Finish(report);
        var files = new List<string> { jsonPath! };
        files.AddRange(new SimulationWorkbookWriter().Write(report, Path.Combine(folder, $"simulation-{name}.xlsx"), time.GetUtcNow()));
        return new SimulationOutcome { Report = report, Files = files };
    }

    /// <summary>The month with only the lines a history reads (every payslip kept: months with a payslip are counted).</summary>
    private static PayrollResult HistoryPart(PayrollResult month, HashSet<string> codes) => month with
    {
        Payslips = month.Payslips.Select(p => p with { Lines = p.Lines.Where(l => codes.Contains(l.Code)).ToList(), Trace = [], Facts = [], Rows = [] }).ToList(),
    };

    private static SimulationOutcome Refused(string why) => new() { Failure = new MonthOutcome { Refusal = why } };
}
