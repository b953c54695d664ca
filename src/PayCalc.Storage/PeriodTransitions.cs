namespace PayCalc.Storage;

/// <summary>
/// The rules of the payroll month's workflow, in one place. A rerun of a calculated or approved month
/// replaces its run and returns it to calculated (the approval was for numbers that no longer exist);
/// a closed month was paid and never changes again.
/// </summary>
public static class PeriodTransitions
{
    /// <summary>The status a period has after <paramref name="action"/>.</summary>
    public static PeriodStatus Target(PeriodAction action) => action switch
    {
        PeriodAction.Run => PeriodStatus.Calculated,
        PeriodAction.Approve => PeriodStatus.Approved,
        PeriodAction.Close => PeriodStatus.Closed,
        PeriodAction.Correct => PeriodStatus.Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown period action."),
    };

    /// <summary>True when <paramref name="action"/> may be taken on a period in <paramref name="status"/>.</summary>
    public static bool IsAllowed(PeriodStatus status, PeriodAction action) => action switch
    {
        PeriodAction.Run => status != PeriodStatus.Closed,
        PeriodAction.Approve => status == PeriodStatus.Calculated,
        PeriodAction.Close => status == PeriodStatus.Approved,
        PeriodAction.Correct => status == PeriodStatus.Closed,
        _ => false,
    };

    /// <summary>Why <paramref name="action"/> is refused on a period in <paramref name="status"/>, with what to do instead.</summary>
    public static string Refusal(Domain.Period period, PeriodStatus status, PeriodAction action) => (action, status) switch
    {
        (PeriodAction.Run, _) => Messages.Format("Period_RunClosed", period),
        (PeriodAction.Approve, PeriodStatus.Open) => Messages.Format("Period_ApproveNoRun", period),
        (PeriodAction.Approve, PeriodStatus.Approved) => Messages.Format("Period_AlreadyApproved", period),
        (PeriodAction.Approve, _) => Messages.Format("Period_ApproveClosed", period),
        (PeriodAction.Close, PeriodStatus.Open) => Messages.Format("Period_CloseNoRun", period),
        (PeriodAction.Close, PeriodStatus.Calculated) => Messages.Format("Period_CloseNotApproved", period),
        (PeriodAction.Close, _) => Messages.Format("Period_AlreadyClosed", period),
        (PeriodAction.Correct, _) => Messages.Format("Period_CorrectNotClosed", period, Shown(status)),
        _ => Messages.Format("Period_NotAllowed", period, Text(action), Shown(status)),
    };

    /// <summary>The name of a status as people read it, in the current UI language (已审批 / approved).</summary>
    public static string Shown(PeriodStatus status) => Messages.Get("Status_" + status);

    /// <summary>
    /// The audit detail of a status change: <c>calculated -> approved; reason: ...</c>. <paramref name="extra"/>
    /// (e.g. the plan and number of payslips of a run) comes before the reason. No money, no ID numbers.
    /// </summary>
    public static string AuditDetail(PeriodStatus from, PeriodStatus to, string? reason, string? extra = null)
    {
        var detail = $"{Text(from)} -> {Text(to)}";
        if (!string.IsNullOrWhiteSpace(extra)) detail += "; " + extra.Trim();
        if (!string.IsNullOrWhiteSpace(reason)) detail += "; reason: " + reason.Trim();
        return detail;
    }

    /// <summary>Lowercase name of a status as stored and shown (open, calculated, approved, closed).</summary>
    public static string Text(PeriodStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Lowercase command name of an action (run, approve, close).</summary>
    public static string Text(PeriodAction action) => action.ToString().ToLowerInvariant();
}
