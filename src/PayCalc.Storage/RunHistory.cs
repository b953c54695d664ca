using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>
/// Earlier months as multi-period rules read them: line amounts, payslip totals, metrics and deals of the stored
/// runs of a range of periods. Read only.
/// </summary>
public sealed class RunHistory
{
    private readonly PayrollDatabase _database;

    internal RunHistory(PayrollDatabase database) => _database = database;

    /// <summary>
    /// Amounts of the given line codes on every stored payslip of the periods <paramref name="from"/> to
    /// <paramref name="to"/> (both inclusive), ordered by period, agent id and plan order. Periods without a run
    /// contribute nothing. Used for earlier months' coefficients, accelerators, taxed income and year-to-date sums.
    /// </summary>
    public IReadOnlyList<StoredLineValue> LinesBetween(Period from, Period to, IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        using var db = _database.OpenContext();
        var result = new List<StoredLineValue>();
        var filter = new RunRows.CodeFilter(codes);
        foreach (var (runId, period) in RunRows.Between(db, from, to))
        {
            var categories = Categories(db, runId).ToDictionary(c => c.Key, c => StoredText.ParseCategory(c.Value), StringComparer.Ordinal);
            foreach (var (agentId, lines) in PayslipLines(db, runId, filter))
                foreach (var l in lines)
                    result.Add(new StoredLineValue(period, agentId, l.Code, categories.GetValueOrDefault(l.Code, LineCategory.Info), l.Amount));
        }
        return result;
    }

    /// <summary>Gross and net of every stored payslip of the periods from..to (inclusive), by period and agent id.</summary>
    public IReadOnlyList<StoredPayslipTotal> PayslipTotalsBetween(Period from, Period to)
    {
        using var db = _database.OpenContext();
        var result = new List<StoredPayslipTotal>();
        foreach (var (runId, period) in RunRows.Between(db, from, to))
        {
            var rows = db.Payslips.AsNoTracking().Where(p => p.RunId == runId)
                .Select(p => new { p.AgentId, p.Gross, p.Net }).ToList();
            result.AddRange(rows.OrderBy(r => r.AgentId, StringComparer.Ordinal)
                .Select(r => new StoredPayslipTotal(period, r.AgentId, r.Gross, r.Net)));
        }
        return result;
    }

    /// <summary>One metric (e.g. <c>critical_errors</c>) as imported in the runs of the periods from..to (inclusive).</summary>
    public IReadOnlyList<StoredMetricValue> MetricValuesBetween(Period from, Period to, string name)
    {
        using var db = _database.OpenContext();
        var result = new List<StoredMetricValue>();
        foreach (var (runId, _) in RunRows.Between(db, from, to))
        {
            // One row per agent-month; the metric is read out of its JSON (a month is at most one row per agent).
            var rows = db.Metrics.AsNoTracking().Where(m => m.RunId == runId).ToList();
            foreach (var r in rows.OrderBy(r => r.AgentId, StringComparer.Ordinal))
            {
                var metricPeriod = Period.Parse(r.Period);
                if (LineInputsJson.Read(r.Numbers).Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault() is { } number)
                    result.Add(new StoredMetricValue(metricPeriod, r.AgentId, name,
                        decimal.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture), null));
                else if (LineInputsJson.Read(r.Texts).Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault() is { } text)
                    result.Add(new StoredMetricValue(metricPeriod, r.AgentId, name, null, text));
            }
        }
        return result;
    }

    /// <summary>
    /// Deals booked from <paramref name="from"/> to <paramref name="to"/> (both inclusive) in any stored run.
    /// A deal id imported by several runs (e.g. booked in one month, cancelled in a later one) is returned
    /// once, as imported by the latest period's run. Ordered by booked date, then deal id.
    /// </summary>
    public IReadOnlyList<Deal> DealsBookedBetween(DateOnly from, DateOnly to)
    {
        using var db = _database.OpenContext();
        var runPeriods = db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .ToDictionary(r => r.Id, r => Period.Parse(r.Period));
        // DateOnly is ISO yyyy-MM-dd text, so SQL range comparison is exact.
        var rows = db.Deals.AsNoTracking().Where(d => d.BookedDate >= from && d.BookedDate <= to).ToList();
        return LatestPerDeal(rows, runPeriods)
            .OrderBy(d => d.BookedDate).ThenBy(d => d.DealId, StringComparer.Ordinal)
            .Select(RunRows.ToDeal)
            .ToList();
    }

    /// <summary>
    /// The deals with the given ids as the latest run of a month before <paramref name="before"/> imported them
    /// (a rerun of the month itself is not an earlier month). Ids no earlier run holds are absent.
    /// </summary>
    public IReadOnlyDictionary<string, Deal> DealsStoredBefore(Period before, IReadOnlyCollection<string> dealIds)
    {
        ArgumentNullException.ThrowIfNull(dealIds);
        using var db = _database.OpenContext();
        var earlier = RunRows.Between(db, new Period(1900, 1), before.Previous()).ToDictionary(r => r.RunId, r => r.Period);
        var ids = dealIds.ToHashSet(StringComparer.Ordinal);
        // Which rows: each earlier run's deal ids through the run_id index, matched here; then only those rows, by
        // primary key. Looking the ids up in chunks scanned the whole table once per 500 ids (run_deal has no deal_id
        // index): 102 s for December at 100,000 agents.
        var wanted = new List<long>();
        foreach (var runId in earlier.Keys)
            wanted.AddRange(db.Deals.AsNoTracking().Where(d => d.RunId == runId).Select(d => new { d.Id, d.DealId })
                .AsEnumerable().Where(d => ids.Contains(d.DealId)).Select(d => d.Id));
        var rows = new List<DealRow>();
        foreach (var chunk in wanted.Chunk(500))
            rows.AddRange(db.Deals.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToList());
        return LatestPerDeal(rows, earlier).ToDictionary(d => d.DealId, RunRows.ToDeal, StringComparer.Ordinal);
    }

    /// <summary>One row per deal id: the one imported by the latest period's run among <paramref name="runPeriods"/>
    /// (rows of other runs are left out).</summary>
    private static IEnumerable<DealRow> LatestPerDeal(IEnumerable<DealRow> rows, IReadOnlyDictionary<long, Period> runPeriods) =>
        rows.Where(d => runPeriods.ContainsKey(d.RunId))
            .GroupBy(d => d.DealId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => runPeriods[d.RunId])!);

    /// <summary>Every payslip of a run with the lines <paramref name="codes"/> names, in plan order, by agent id. The line
    /// documents are read one at a time (a month's are ~200 MB as strings), only the amounts kept.</summary>
    private static List<(string AgentId, List<(string Code, decimal Amount)> Lines)> PayslipLines(PayCalcDbContext db, long runId,
        RunRows.CodeFilter codes)
    {
        var payslips = db.Payslips.AsNoTracking().Where(p => p.RunId == runId).Select(p => new { p.AgentId, p.Lines }).AsEnumerable()
            .Select(p => (p.AgentId, RunRows.ReadAmounts(p.Lines, codes))).ToList();
        payslips.Sort((a, b) => string.CompareOrdinal(a.AgentId, b.AgentId));
        return payslips;
    }

    private static Dictionary<string, string> Categories(PayCalcDbContext db, long runId) =>
        db.RunComponents.AsNoTracking().Where(c => c.RunId == runId).ToDictionary(c => c.Code, c => c.Category, StringComparer.Ordinal);
}
