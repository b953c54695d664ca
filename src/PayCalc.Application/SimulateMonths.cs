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
            return Refused(FinanceText.Format("Simulate_EmptyRange", request.From, request.To));
        if (!File.Exists(request.DatabasePath))
            return Refused(FinanceText.Format("Simulate_NoDatabase", request.DatabasePath));
        PayrollDatabase.CheckFile(request.DatabasePath);
        var store = Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, notes ?? TextWriter.Null);
        if (periods.FirstOrDefault(p => store.Runs.FindRun(p) is null) is { Year: > 0 } missing)
            return new SimulationOutcome { FailedPeriod = missing, Failure = new MonthOutcome { Refusal = FinanceText.Format("Simulate_NoRun", missing) } };

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
        var clock = new PhaseClock(notes ?? TextWriter.Null);
        for (var i = 0; i < periods.Count; i++)
        {
            // What the month before held is garbage now: collected and given back before the next month is read, so the
            // server collector does not carry it into that month (measured 2.995 -> 2.92 GB peak over three 100,000-agent months).
            if (i > 0) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var month = SimulateMonth(store, periods[i], rules[i], request, simulated, tally, json, clock);
            if (month.Result is not { } result) return new SimulationOutcome { FailedPeriod = periods[i], Failure = month.Failure };
            warnings.AddRange(month.Warnings);
            if (i < periods.Count - 1) simulated = simulated.Including(result, historyCodes);
        }
        var ruleChanges = clock.Time(Messages.Get("Phase_CompareRules"), () => RuleChanges(request, periods, warnings));
        var report = clock.Time(Messages.Get("Phase_Report"), () => tally.Report(name, request.PlanPath, warnings) with { RuleChanges = ruleChanges });
        if (folder is null || json is null) return new SimulationOutcome { Report = report };
        clock.Time(Messages.Get("Phase_FinishJson"), () => json.Finish(report));
        var files = new List<string> { jsonPath! };
        files.AddRange(clock.Time(Messages.Get("Phase_WriteTheWorkbook"), () => new SimulationWorkbookWriter().Write(report, Path.Combine(folder, $"simulation-{name}.xlsx"), time.GetUtcNow())));
        return new SimulationOutcome { Report = report, Files = files };
    }

    /// <summary>
    /// One month: recompute it with the proposed rules (reading <paramref name="simulated"/> for the range's earlier months),
    /// read its stored payslips, add the comparison to <paramref name="tally"/> and write it to <paramref name="json"/>.
    /// A method of its own so that what a month holds (its stored payslips, the comparison) is let go when it returns:
    /// only its amounts are kept for the months after it.
    /// </summary>
    private (PayrollResult? Result, IReadOnlyList<string> Warnings, MonthOutcome? Failure) SimulateMonth(PayrollStore store, Period period,
        (CompiledPlan Plan, WorkCalendar Calendar) rules, SimulateRequest request, PayrollHistory simulated, SimulationTally tally,
        SimulationJsonWriter? json, PhaseClock clock)
    {
        (notes ?? TextWriter.Null).WriteLine($"{period}:");
        // The stored payslips are read on the other core while the month is recomputed.
        var reading = Task.Run(() => PhaseClock.Timed(() => StoredMonth.Read(store, period)));
        // Only amounts are compared and added up: no explanation is rendered (a quarter of the compute time).
        var outcome = RecomputeMonth.Recompute(store, period, rules.Plan, rules.Calendar, request with { Detail = PayslipDetail.AmountsOnly },
            period == request.From ? null : new EarlierMonthsInMemory(request.From, simulated), clock);
        var (stored, readTime) = reading.GetAwaiter().GetResult();
        clock.Record(Messages.Get("Phase_ReadStoredPayslips"), readTime);
        if (outcome.Result is not { } result) return (null, [], outcome);
        if (stored is null) throw new InvalidOperationException($"{period}'s run disappeared while simulating.");
        var slips = clock.Time(Messages.Get("Phase_Compare"), () => tally.Add(period, stored, result));
        if (json is not null) clock.Time(Messages.Get("Phase_MonthJson"), () => json.WriteMonth(period, slips));
        return (result, outcome.Warnings, null);
    }

    /// <summary>
    /// What the proposed plan changes against the rules stored with each month (<c>rules diff period:P PROPOSED</c>),
    /// months with the same changes together. A month stored before rule snapshots adds a warning instead.
    /// </summary>
    private List<SimulationRuleChange> RuleChanges(SimulateRequest request, IReadOnlyList<Period> periods, List<string> warnings)
    {
        var groups = new List<(List<Period> Months, IReadOnlyList<RuleChange> Changes)>();
        foreach (var period in periods)
        {
            var changes = new RuleDiff(TextWriter.Null, TextWriter.Null, request.DatabasePath, time)
                .Changes(RuleDiff.PeriodPrefix + period, request.PlanPath);
            if (changes is null)
            {
                warnings.Add(FinanceText.Format("Simulate_RulesNotStored", period));
                continue;
            }
            if (groups.Count > 0 && groups[^1].Months[^1].Next() == period && groups[^1].Changes.Select(Key).SequenceEqual(changes.Select(Key))) groups[^1].Months.Add(period);
            else groups.Add(([period], changes));
        }
        return groups.SelectMany(g => g.Changes.Select(c => new SimulationRuleChange(
            g.Months.Count == 1 ? g.Months[0].ToString() : $"{g.Months[0]}..{g.Months[^1]}",
            c.Summary, c.Old, c.New, c.OldLocation, c.NewLocation))).ToList();
    }

    private static (RuleChangeKind, string, string, string?, string?, string?, string?) Key(RuleChange c) =>
        (c.Kind, c.Name, c.Summary, c.Old, c.New, c.OldLocation, c.NewLocation);

    private static SimulationOutcome Refused(string why) => new() { Failure = new MonthOutcome { Refusal = why } };
}
