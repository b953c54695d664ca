using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>
/// The payroll month's workflow: its status, the steps that change it (the rules are <see cref="PeriodTransitions"/>),
/// the list of months and the audit log. Apart from a run (which sets <see cref="PeriodStatus.Calculated"/> through
/// <see cref="PayrollRuns.SaveRun"/>), <see cref="ChangePeriodStatus"/> is the only way a status changes.
/// </summary>
public sealed class PeriodLifecycle
{
    private readonly PayrollDatabase _database;

    internal PeriodLifecycle(PayrollDatabase database) => _database = database;

    /// <summary>The status of a period; <see cref="PeriodStatus.Open"/> when nothing was stored for it.</summary>
    public PeriodStatus GetPeriodStatus(Period period)
    {
        using var db = _database.OpenContext();
        var row = db.PeriodStates.AsNoTracking().SingleOrDefault(s => s.Period == period.ToString());
        return row is null ? PeriodStatus.Open : StoredText.ParseStatus(row.Status);
    }

    /// <summary>
    /// Takes a workflow step (approve, close) on a period: checks the transition, sets the new status and writes
    /// the audit entry in one transaction, so a refused step or a failure changes nothing.
    /// </summary>
    /// <param name="period">The month.</param>
    /// <param name="action">Approve or close.</param>
    /// <param name="user">Who takes the step (audit log).</param>
    /// <param name="reason">Why (audit log), optional.</param>
    /// <param name="runId">The run the step is about (the one the user reviewed); when the month's run is another one by
    /// the time the write lock is held, the step is refused with <see cref="RunChangedException"/>. Null takes the stored run as it is.</param>
    /// <returns>The status the period had before the step.</returns>
    /// <exception cref="PeriodTransitionException">The step is not allowed in the period's status (nothing changed).</exception>
    /// <exception cref="RunChangedException">The month's run is not <paramref name="runId"/> (nothing changed).</exception>
    public PeriodStatus ChangePeriodStatus(Period period, PeriodAction action, string user, string? reason, long? runId = null) =>
        _database.Busy(() => StepPeriod(period, action, user, reason, runId));

    private PeriodStatus StepPeriod(Period period, PeriodAction action, string user, string? reason, long? runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (action is PeriodAction.Run or PeriodAction.Correct)
            throw new ArgumentException("A run changes the status through SaveRun, a correction posts through PostAdjustments.", nameof(action));
        var text = period.ToString();
        using var db = _database.OpenContext();
        // BEGIN IMMEDIATE: the check and the change happen under one write lock.
        using var transaction = db.Database.BeginTransaction();
        var row = db.PeriodStates.Find(text);
        var from = row is null ? PeriodStatus.Open : StoredText.ParseStatus(row.Status);
        if (!PeriodTransitions.IsAllowed(from, action)) throw new PeriodTransitionException(period, from, action);
        if (runId is { } expected)
        {
            var current = db.Runs.AsNoTracking().Where(r => r.Period == text).Select(r => (long?)r.Id).SingleOrDefault();
            if (current != expected) throw new RunChangedException(period, expected, current);
        }
        var rerun = EarlierMonthsRunAfter(db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .Select(r => (r.Id, Period: Period.Parse(r.Period))).ToList(), period);
        if (rerun.Count > 0) throw new PeriodOutOfDateException(period, action, rerun);
        var to = PeriodTransitions.Target(action);
        row!.Status = StoredText.Text(to);
        db.AuditEntries.Add(AuditRows.New(_database.Time, user, PeriodTransitions.Text(action), period, PeriodTransitions.AuditDetail(from, to, reason)));
        db.SaveChanges();
        transaction.Commit();
        return from;
    }

    /// <summary>Every period with a status or a run, in period order, with its stored run (null when none).</summary>
    public IReadOnlyList<PeriodSummary> ListPeriods()
    {
        using var db = _database.OpenContext();
        var states = db.PeriodStates.AsNoTracking().ToList().ToDictionary(s => s.Period, s => StoredText.ParseStatus(s.Status), StringComparer.Ordinal);
        var runs = db.Runs.AsNoTracking().ToList().ToDictionary(r => r.Period, StringComparer.Ordinal);
        var files = db.RunInputFiles.AsNoTracking().OrderBy(f => f.Id).ToList().ToLookup(f => f.RunId);
        var runIds = runs.Values.Select(r => (r.Id, Period: Period.Parse(r.Period))).ToList();
        return states.Keys.Union(runs.Keys)
            .Select(Period.Parse)
            .Order()
            .Select(p => new PeriodSummary(p,
                states.GetValueOrDefault(p.ToString(), PeriodStatus.Open),
                runs.TryGetValue(p.ToString(), out var run) ? RunRows.ToStoredRun(run, files[run.Id].ToList()) : null)
            {
                EarlierMonthsRunAgain = EarlierMonthsRunAfter(runIds, p),
            })
            .ToList();
    }

    /// <summary>The audit log in the order it was written, of one period or (null) of all periods.</summary>
    public IReadOnlyList<AuditEntry> AuditEntries(Period? period = null)
    {
        using var db = _database.OpenContext();
        var query = db.AuditEntries.AsNoTracking();
        if (period is { } p)
        {
            var text = p.ToString();
            query = query.Where(a => a.Period == text);
        }
        return query.OrderBy(a => a.Id).ToList().Select(AuditRows.ToEntry).ToList();
    }

    /// <summary>The status of a period inside <paramref name="db"/>'s transaction; <see cref="PeriodStatus.Open"/> when none is stored.</summary>
    internal static PeriodStatus StatusOf(PayCalcDbContext db, Period period)
    {
        var row = db.PeriodStates.Find(period.ToString());
        return row is null ? PeriodStatus.Open : StoredText.ParseStatus(row.Status);
    }

    /// <summary>
    /// The months before <paramref name="period"/> whose runs were stored after its run (run ids only grow): its
    /// run may have read their replaced figures, so it is out of date until run again. Empty without a run.
    /// </summary>
    private static List<Period> EarlierMonthsRunAfter(IReadOnlyList<(long Id, Period Period)> runs, Period period)
    {
        var own = runs.Where(r => r.Period == period).Select(r => (long?)r.Id).SingleOrDefault();
        return own is null ? [] : runs.Where(r => r.Period.CompareTo(period) < 0 && r.Id > own).Select(r => r.Period).Order().ToList();
    }
}
