using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// Proves a stored month: recomputes it from its stored input (<see cref="RecomputeMonth"/>, earlier months chained as
/// in the run) with its stored rule snapshot (<see cref="RuleSnapshot.LoadPeriodRules"/>), and compares every line,
/// gross and net of every payslip with what is stored. Any change made to a stored amount or an input row after the run
/// shows as a difference. Reads only.
/// </summary>
/// <param name="time">The clock the database is opened with.</param>
/// <param name="notes">Where opening the database reports an upgrade of its schema, and the progress of each phase.</param>
public sealed class VerifyMonth(TimeProvider time, TextWriter? notes = null)
{
    public VerifyOutcome Verify(VerifyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = request.Period;
        if (!File.Exists(request.DatabasePath))
            return Refused(FinanceText.Format("Verify_NoDatabase", period, request.DatabasePath));
        var store = Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, notes ?? TextWriter.Null);
        if (store.Runs.FindRun(period) is null)
            return Refused(FinanceText.Format("Verify_NoRun", period));
        var clock = new PhaseClock(notes ?? TextWriter.Null);
        CompiledPlan plan;
        WorkCalendar calendar;
        try
        {
            if (request.PlanPath is { } planPath)
                (plan, calendar) = clock.Time(Messages.Get("Phase_LoadRules"), () => MonthRules.Load(planPath, request.RulesDirectory, period));
            else if (clock.Time(Messages.Get("Phase_LoadStoredRules"), () => RuleSnapshot.LoadPeriodRules(store, period)) is { } stored)
                (plan, calendar) = stored;
            else
                return Refused(FinanceText.Format("Verify_NoSnapshot", period));
        }
        catch (RuleLoadException ex)
        {
            return new VerifyOutcome { Problems = [FinanceText.Format("Verify_RulesNotLoaded", period), .. ex.Errors.Select(e => "  " + e)] };
        }
        // The stored payslips are read on the other core while the month is recomputed.
        var storedPayslips = Task.Run(() => PhaseClock.Timed(() => StoredMonth.Read(store, period)?.Payslips ?? []));
        // Only amounts are compared: no explanation is rendered.
        var outcome = RecomputeMonth.Recompute(store, period, plan, calendar, request with { Detail = PayslipDetail.AmountsOnly }, clock: clock);
        var (payslips, reading) = storedPayslips.GetAwaiter().GetResult();
        clock.Record(Messages.Get("Phase_ReadStoredPayslips"), reading);
        if (outcome.Result is not { } result)
            return new VerifyOutcome { Problems = [FinanceText.Format("Verify_NotRecomputed", period), .. outcome.Problems.Select(p => "  " + p)], Warnings = outcome.Warnings };
        return clock.Time(Messages.Get("Phase_Compare"), () => Compare(payslips, result.Payslips)) with { Warnings = outcome.Warnings };
    }

    /// <summary>Every difference between the stored payslips and the recomputed ones, by agent id; lines are matched by
    /// code (the n-th line of a code repeated on a payslip, as adjustments can be, with the n-th).</summary>
    public static VerifyOutcome Compare(IReadOnlyList<StoredPayslipAmounts> stored, IReadOnlyList<Payslip> recomputed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(recomputed);
        var byAgent = new Dictionary<string, Payslip>(recomputed.Count, StringComparer.Ordinal);
        foreach (var p in recomputed) byAgent[p.AgentId] = p;
        var storedAgents = new HashSet<string>(stored.Count, StringComparer.Ordinal);
        var differences = new List<PayslipDifference>();
        var lines = 0;
        foreach (var s in stored)
        {
            storedAgents.Add(s.AgentId);
            lines += s.Lines.Count;
            if (!byAgent.TryGetValue(s.AgentId, out var r))
            {
                differences.Add(new PayslipDifference(s.AgentId, PayslipDifference.WholePayslip, s.Net, null));
                continue;
            }
            CompareLines(s.AgentId, s.Lines, r.Lines, differences);
            if (s.Gross != r.Gross) differences.Add(new PayslipDifference(s.AgentId, "gross", s.Gross, r.Gross));
            if (s.Net != r.Net) differences.Add(new PayslipDifference(s.AgentId, "net", s.Net, r.Net));
        }
        foreach (var r in recomputed.Where(r => !storedAgents.Contains(r.AgentId)).OrderBy(r => r.AgentId, StringComparer.Ordinal))
            differences.Add(new PayslipDifference(r.AgentId, PayslipDifference.WholePayslip, null, r.Net));
        return new VerifyOutcome { Payslips = stored.Count, Lines = lines, Differences = differences };
    }

    /// <summary>The differences of one payslip's lines. The usual case, the same codes in the same order, is compared pair
    /// by pair; otherwise lines are matched by key.</summary>
    private static void CompareLines(string agentId, IReadOnlyList<(string Code, decimal Amount)> stored, IReadOnlyList<PayslipLine> recomputed,
        List<PayslipDifference> differences)
    {
        var sameCodes = stored.Count == recomputed.Count;
        for (var i = 0; sameCodes && i < stored.Count; i++) sameCodes = stored[i].Code == recomputed[i].Code;
        if (sameCodes && stored.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count() == stored.Count)
        {
            for (var i = 0; i < stored.Count; i++)
                if (stored[i].Amount != recomputed[i].Amount)
                    differences.Add(new PayslipDifference(agentId, stored[i].Code, stored[i].Amount, recomputed[i].Amount));
            return;
        }
        var storedLines = Keyed(stored);
        var recomputedLines = Keyed(recomputed.Select(l => (l.Code, l.Amount)));
        var recomputedByKey = recomputedLines.ToDictionary(l => l.Key, l => l.Amount, StringComparer.Ordinal);
        var storedKeys = storedLines.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, amount) in storedLines)
        {
            if (!recomputedByKey.TryGetValue(key, out var other)) differences.Add(new PayslipDifference(agentId, key, amount, null));
            else if (other != amount) differences.Add(new PayslipDifference(agentId, key, amount, other));
        }
        foreach (var (key, amount) in recomputedLines.Where(l => !storedKeys.Contains(l.Key)))
            differences.Add(new PayslipDifference(agentId, key, null, amount));
    }

    /// <summary>Lines keyed by code, the second and later line of a code as <c>code#2</c>, ...</summary>
    private static List<(string Key, decimal Amount)> Keyed(IEnumerable<(string Code, decimal Amount)> lines)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(string, decimal)>();
        foreach (var (code, amount) in lines)
        {
            var n = seen[code] = seen.GetValueOrDefault(code) + 1;
            result.Add((n == 1 ? code : $"{code}#{n}", amount));
        }
        return result;
    }

    private static VerifyOutcome Refused(string problem) => new() { Problems = [problem] };
}
