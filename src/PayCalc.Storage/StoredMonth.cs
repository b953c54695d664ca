using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>
/// Every payslip of a stored month as amounts (<see cref="StoredPayslipAmounts"/>, by agent id; read straight from
/// <c>payslip</c>, so a change made with a SQLite tool shows here: what <c>verify</c> and <c>simulate</c> compare with), the lines the run's plan
/// defined (code, names, category, in plan order; adjustment lines added when paid) and the run's exceptions.
/// </summary>
public sealed record StoredMonth(Period Period, IReadOnlyList<LineDefinition> Lines, IReadOnlyList<StoredPayslipAmounts> Payslips,
    IReadOnlyList<PayrollFlag> Flags)
{
    /// <summary>
    /// The stored month of <paramref name="period"/>, or null when it has no run. One query per table (payslips, components,
    /// flags); read only. About 1 s per 100,000 payslips.
    /// </summary>
    public static StoredMonth? Read(PayrollStore store, Period period)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Database.Busy(() =>
        {
            using var db = store.Database.OpenContext();
            var text = period.ToString();
            if (RunRows.IdOf(db, text) is not { } runId) return null;
            var lines = RunRows.LineDefinitions(db, runId);
            var payslips = db.Payslips.AsNoTracking().Where(p => p.RunId == runId)
                .Select(p => new { p.AgentId, p.Name, p.Team, p.Gross, p.Net, p.Lines, p.Adjustments }).AsEnumerable()
                .Select(p =>
                {
                    var amounts = RunRows.ReadAmounts(p.Lines);
                    if (p.Adjustments != "[]")
                        foreach (var a in StoredAdjustmentLine.Read(p.Adjustments))
                        {
                            amounts.Add((a.Code, a.Amount));
                            if (!lines.Any(l => l.Code == a.Code)) lines.Add(new LineDefinition(a.Code, a.Name, a.NameEn, a.Category));
                        }
                    return new StoredPayslipAmounts(p.AgentId, p.Name, p.Team, p.Gross, p.Net, amounts);
                })
                .OrderBy(p => p.AgentId, StringComparer.Ordinal).ToList();
            var flags = db.Flags.AsNoTracking().Where(f => f.RunId == runId).OrderBy(f => f.Id).AsEnumerable()
                .Select(f => new PayrollFlag(f.AgentId, f.Code, f.Message, StoredText.ParseSeverity(f.Severity))).ToList();
            return new StoredMonth(period, lines, payslips, flags);
        });
    }
}
