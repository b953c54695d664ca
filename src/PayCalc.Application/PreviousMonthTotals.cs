using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>The totals of the month stored last before the one being run, per line and per team, for the workbook's
/// summary sheet to compare with (<see cref="Files.Export.WorkbookOptions.Previous"/>). Summed while the stored payslips
/// are read (<see cref="StoredMonthTotals"/>, about 1 s per 100,000), so only the totals stay; the run reads it
/// alongside the computation.</summary>
internal static class PreviousMonthTotals
{
    /// <param name="store">The run's database.</param>
    /// <param name="earlierRuns">The stored runs before the month (<see cref="PayrollRuns.RunIdsBefore"/>), in period order.</param>
    /// <returns>Null when no earlier month is stored.</returns>
    public static MonthTotals? Read(PayrollStore store, IReadOnlyList<(Period Period, long RunId)> earlierRuns) =>
        earlierRuns.Count == 0 ? null : StoredMonthTotals.Read(store, earlierRuns[^1].Period);
}
