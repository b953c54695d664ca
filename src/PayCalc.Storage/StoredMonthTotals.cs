using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>
/// A stored month summed per line and per team (<see cref="MonthTotals"/>) as its payslips are read, one row at a time:
/// what <see cref="StoredMonth.Read"/> reads, without keeping the payslips, so that a run reading the month before it
/// alongside its computation does not hold a second month of payslips at its peak. Read only.
/// </summary>
public static class StoredMonthTotals
{
    /// <summary>The totals of the stored run of <paramref name="period"/>, or null when it has none.</summary>
    public static MonthTotals? Read(PayrollStore store, Period period)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Database.Busy(() =>
        {
            using var db = store.Database.OpenContext();
            var text = period.ToString();
            if (RunRows.IdOf(db, text) is not { } runId) return null;
            var lines = RunRows.LineDefinitions(db, runId);
            var categories = new Dictionary<string, LineCategory>(StringComparer.Ordinal);
            foreach (var line in lines) categories.TryAdd(line.Code, line.Category);
            var totals = new MonthTotalsBuilder(period, lines);
            var payslips = db.Payslips.AsNoTracking().Where(p => p.RunId == runId)
                .Select(p => new { p.Team, p.Gross, p.Net, p.Lines, p.Adjustments }).AsEnumerable();
            foreach (var p in payslips)
            {
                var amounts = RunRows.ReadAmounts(p.Lines).Select(l => (l.Code, categories.GetValueOrDefault(l.Code, LineCategory.Info), l.Amount));
                if (p.Adjustments != "[]")
                    amounts = amounts.Concat(StoredAdjustmentLine.Read(p.Adjustments).Select(a => (a.Code, a.Category, a.Amount)));
                totals.Add(p.Team, p.Gross, p.Net, amounts);
            }
            return totals.Build();
        });
    }
}
