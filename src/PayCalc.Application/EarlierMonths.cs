using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>What a month reads of the months stored before it: the plan's history, and the deals its cancellations refer to.
/// Every use case that computes a month reads them here.</summary>
public static class EarlierMonths
{
    /// <summary>
    /// The earlier months the plan's history reads (lines and payslip months) and the first month of the period's
    /// year the database holds (the period itself when none earlier). No database (<paramref name="store"/> null) means no history.
    /// <paramref name="lastStoredMonth"/> (default: the month before <paramref name="period"/>) is the last month whose
    /// lines are read from the store: a simulation reads the months after it from memory instead.
    /// </summary>
    public static (PayrollHistory History, Period FirstHeldMonth) Read(CompiledPlan plan, Period period, PayrollStore? store,
        Period? lastStoredMonth = null)
    {
        if (plan.HistoryFrom is not { } from || store is null) return (PayrollHistory.Empty, period);
        var january = new Period(period.Year, 1);
        var firstHeld = period.Month == 1 ? period : store.Runs.PeriodsWithRuns(january, period.Previous()).DefaultIfEmpty(period).First();
        var previous = lastStoredMonth is { } last && last.CompareTo(period.Previous()) < 0 ? last : period.Previous();
        if (previous.CompareTo(from) < 0) return (PayrollHistory.Empty, firstHeld);
        // Each stored month is read once, for the codes of every window that covers it (a tax year is January on; window:
        // all reads every stored month): December read October's and November's line documents twice or three times.
        Period WindowStart(HistoryWindow w) => w == HistoryWindow.All ? from : PayrollHistory.WindowStart(w, period);
        var windows = plan.Definition.History.Where(h => h.Lines.Count > 0).Select(h => (Start: WindowStart(h.Window), h.Lines)).ToList();
        var lines = new List<HistoryLine>();
        if (windows.Count > 0)
            foreach (var m in store.Runs.PeriodsWithRuns(windows.Min(w => w.Start), previous))
            {
                var codes = windows.Where(w => w.Start.CompareTo(m) <= 0).SelectMany(w => w.Lines).Distinct(StringComparer.Ordinal).ToList();
                lines.AddRange(store.History.LinesBetween(m, m, codes).Select(l => new HistoryLine(l.Period, l.AgentId, l.Code, l.Amount)));
            }
        var monthsFrom = plan.Definition.History.Any(h => h.CountsMonths && h.Window == HistoryWindow.All) ? from : january;
        var totals = previous.CompareTo(monthsFrom) < 0 ? []
            : store.History.PayslipTotalsBetween(monthsFrom, previous);
        return (new PayrollHistory(lines, totals.Select(p => (p.Period, p.AgentId)),
            totals.Select(p => new EarlierPay(p.Period, p.AgentId, p.Gross, p.Net))), firstHeld);
    }

    /// <summary>Cancellations of earlier months' deals checked against the deals those months stored (no database: none stored).</summary>
    public static IReadOnlyList<InputError> CheckCancellations(PayrollInput input, PayrollStore? store)
    {
        var earlier = CancellationCheck.EarlierDeals(input);
        if (earlier.Count == 0) return [];
        var stored = store?.History.DealsStoredBefore(input.Period, earlier.Select(d => d.DealId).ToList())
            ?? new Dictionary<string, Deal>();
        return CancellationCheck.Check(input, stored);
    }
}
