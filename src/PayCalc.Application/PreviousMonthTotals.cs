using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>The totals of the month stored last before the one being run, per line and per team, for the workbook's
/// summary sheet to compare with (<see cref="Files.Export.WorkbookOptions.Previous"/>). Read with
/// <see cref="StoredMonth.Read"/> (the stored payslips as amounts, about 1 s per 100,000) and summed at once, so only
/// the totals stay; the run reads it alongside the computation.</summary>
internal static class PreviousMonthTotals
{
    /// <param name="store">The run's database.</param>
    /// <param name="earlierRuns">The stored runs before the month (<see cref="PayrollRuns.RunIdsBefore"/>), in period order.</param>
    /// <returns>Null when no earlier month is stored.</returns>
    public static MonthTotals? Read(PayrollStore store, IReadOnlyList<(Period Period, long RunId)> earlierRuns)
    {
        if (earlierRuns.Count == 0) return null;
        var month = StoredMonth.Read(store, earlierRuns[^1].Period);
        if (month is null) return null;
        var categories = new Dictionary<string, LineCategory>(StringComparer.Ordinal);
        foreach (var line in month.Lines) categories.TryAdd(line.Code, line.Category);
        var totals = new MonthTotalsBuilder(month.Period, month.Lines);
        foreach (var payslip in month.Payslips)
            totals.Add(payslip.Team, payslip.Gross, payslip.Net,
                payslip.Lines.Select(l => (l.Code, categories.GetValueOrDefault(l.Code, LineCategory.Info), l.Amount)));
        return totals.Build();
    }
}
