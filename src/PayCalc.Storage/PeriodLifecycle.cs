using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;

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
    /// <param name="acknowledgements">Blocking exceptions the user has checked (approve only): each is recorded with
    /// the user and <paramref name="reason"/> and gets its own audit entry.</param>
    /// <exception cref="RunChangedException">The month's run is not <paramref name="runId"/> (nothing changed).</exception>
    /// <exception cref="AcknowledgementException">An acknowledgement matches nothing, or has no reason (nothing changed).</exception>
    /// <exception cref="UnacknowledgedExceptionsException">Approve with blocking exceptions left unacknowledged (nothing changed).</exception>
    public PeriodStatus ChangePeriodStatus(Period period, PeriodAction action, string user, string? reason, long? runId = null,
        IReadOnlyList<Acknowledgement>? acknowledgements = null) =>
        _database.Busy(() => StepPeriod(period, action, user, reason, runId, acknowledgements ?? []));

    private PeriodStatus StepPeriod(Period period, PeriodAction action, string user, string? reason, long? runId, IReadOnlyList<Acknowledgement> acknowledgements)
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
            var current = RunRows.IdOf(db, text);
            if (current != expected) throw new RunChangedException(period, expected, current);
        }
        var rerun = EarlierMonthsRunAfter(db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .Select(r => (r.Id, Period: Period.Parse(r.Period))).ToList(), period);
        if (rerun.Count > 0) throw new PeriodOutOfDateException(period, action, rerun);
        if (action == PeriodAction.Approve) Acknowledge(db, period, user, reason, acknowledgements);
        else if (acknowledgements.Count > 0) throw new AcknowledgementException(Messages.Get("Ack_OnlyApprove"));
        var to = PeriodTransitions.Target(action);
        row!.Status = StoredText.Text(to);
        db.AuditEntries.Add(AuditRows.New(_database.Time, user, PeriodTransitions.Text(action), period, PeriodTransitions.AuditDetail(from, to, reason)));
        db.SaveChanges();
        transaction.Commit();
        return from;
    }

    /// <summary>
    /// Records <paramref name="acknowledgements"/> on the month's blocking exceptions (one audit entry each), then refuses
    /// the approval if any blocking exception is still unacknowledged. Runs inside the step's transaction: a refusal
    /// leaves every acknowledgement unwritten.
    /// </summary>
    private void Acknowledge(PayCalcDbContext db, Period period, string user, string? reason, IReadOnlyList<Acknowledgement> acknowledgements)
    {
        var text = period.ToString();
        var runId = db.Runs.AsNoTracking().Where(r => r.Period == text).Select(r => r.Id).Single();
        var blocking = StoredText.Text(FlagSeverity.Blocking);
        var flags = db.Flags.Where(f => f.RunId == runId && f.Severity == blocking).OrderBy(f => f.Id).ToList();
        if (acknowledgements.Count > 0 && string.IsNullOrWhiteSpace(reason))
            throw new AcknowledgementException(Messages.Get("Ack_NeedsReason"));
        foreach (var ack in acknowledgements)
        {
            var matched = flags.Where(f => f.Code == ack.Code && (ack.AgentId is null || f.AgentId == ack.AgentId)).ToList();
            if (matched.Count == 0)
                throw new AcknowledgementException(Messages.Format(ack.AgentId is null ? "Ack_NoMatchCode" : "Ack_NoMatchCodeAgent", ack, period, runId));
            foreach (var f in matched)
            {
                f.AcknowledgedBy = user;
                f.AcknowledgementReason = reason;
            }
            db.AuditEntries.Add(AuditRows.New(_database.Time, user, "acknowledge", period,
                $"{ack}: {matched.Count} blocking exception(s) of run {runId}; reason: {reason}"));
        }
        var open = flags.Where(f => f.AcknowledgedBy is null).Select(ToException).ToList();
        if (open.Count > 0) throw new UnacknowledgedExceptionsException(period, open);
    }

    /// <summary>The exceptions of the month's stored run with severity and acknowledgement, in the order stored; empty without a run.</summary>
    public IReadOnlyList<StoredException> Exceptions(Period period)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var runId = RunRows.IdOf(db, text);
        return runId is null ? [] : db.Flags.AsNoTracking().Where(f => f.RunId == runId).OrderBy(f => f.Id).AsEnumerable().Select(ToException).ToList();
    }

    private static StoredException ToException(Entities.FlagRow f) =>
        new(f.AgentId, f.Code, f.Message, StoredText.ParseSeverity(f.Severity), f.AcknowledgedBy, f.AcknowledgementReason);

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
