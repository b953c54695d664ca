using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>
/// Corrections of closed months: the adjustment lines posted for a later month to pay, each with its audit entry.
/// A closed month itself never changes.
/// </summary>
public sealed class AdjustmentLedger
{
    private readonly PayrollDatabase _database;

    internal AdjustmentLedger(PayrollDatabase database) => _database = database;

    /// <summary>
    /// Stores the adjustments of a correction of the closed month <paramref name="corrected"/>, to be paid in
    /// <paramref name="paidIn"/>, with the audit entry (command <c>correct</c>), in one transaction. Nothing of the
    /// closed month changes.
    /// </summary>
    /// <exception cref="PeriodTransitionException">The corrected month is not closed, or the month to pay in is closed (nothing changed).</exception>
    public AuditEntry PostAdjustments(Period corrected, Period paidIn, IReadOnlyList<Adjustment> adjustments, string user, string? reason) =>
        _database.Busy(() => Post(corrected, paidIn, adjustments, user, reason));

    private AuditEntry Post(Period corrected, Period paidIn, IReadOnlyList<Adjustment> adjustments, string user, string? reason)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (adjustments.Any(a => a.CorrectedPeriod != corrected || a.PaidIn != paidIn))
            throw new ArgumentException("Every adjustment must be of the corrected month and paid in the given month.", nameof(adjustments));
        using var db = _database.OpenContext();
        using var transaction = db.Database.BeginTransaction();
        var status = PeriodLifecycle.StatusOf(db, corrected);
        if (status != PeriodStatus.Closed) throw new PeriodTransitionException(corrected, status, PeriodAction.Correct);
        if (PeriodLifecycle.StatusOf(db, paidIn) == PeriodStatus.Closed) throw new PeriodTransitionException(paidIn, PeriodStatus.Closed, PeriodAction.Run);
        var agents = adjustments.Select(a => a.AgentId).Distinct().Count();
        var audit = AuditRows.New(_database.Time, user, PeriodTransitions.Text(PeriodAction.Correct), corrected,
            $"closed (unchanged); {adjustments.Count} adjustment line(s) for {agents} agent(s) posted to {paidIn}"
            + (string.IsNullOrWhiteSpace(reason) ? "" : "; reason: " + reason.Trim()));
        db.AuditEntries.Add(audit);
        db.SaveChanges();
        db.Adjustments.AddRange(adjustments.Select(a => new AdjustmentRow
        {
            CorrectedPeriod = a.CorrectedPeriod.ToString(),
            PaidIn = a.PaidIn.ToString(),
            AgentId = a.AgentId,
            LineCode = a.LineCode,
            Category = StoredText.Text(a.Category),
            Before = a.Before,
            After = a.After,
            AuditEntryId = audit.Id,
        }));
        db.SaveChanges();
        transaction.Commit();
        return new AuditEntry(audit.Id, DateTimeOffset.Parse(audit.Time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            audit.User, audit.Command, corrected, audit.Detail);
    }

    /// <summary>The adjustments to pay in <paramref name="paidIn"/>, in the order they were posted.</summary>
    public IReadOnlyList<Adjustment> AdjustmentsPaidIn(Period paidIn)
    {
        using var db = _database.OpenContext();
        var text = paidIn.ToString();
        return db.Adjustments.AsNoTracking().Where(a => a.PaidIn == text).OrderBy(a => a.Id).ToList().Select(ToAdjustment).ToList();
    }

    /// <summary>The adjustments posted by corrections of <paramref name="corrected"/>, in the order they were posted.</summary>
    public IReadOnlyList<Adjustment> AdjustmentsOf(Period corrected)
    {
        using var db = _database.OpenContext();
        var text = corrected.ToString();
        return db.Adjustments.AsNoTracking().Where(a => a.CorrectedPeriod == text).OrderBy(a => a.Id).ToList().Select(ToAdjustment).ToList();
    }

    private static Adjustment ToAdjustment(AdjustmentRow a) => new()
    {
        CorrectedPeriod = Period.Parse(a.CorrectedPeriod),
        PaidIn = Period.Parse(a.PaidIn),
        AgentId = a.AgentId,
        LineCode = a.LineCode,
        Category = StoredText.ParseCategory(a.Category),
        Before = a.Before,
        After = a.After,
    };
}
