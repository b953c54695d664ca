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
        (PeriodAction.Run, _) =>
            $"Period {period} is closed; a closed month cannot be rerun and its payslips stay as they are.",
        (PeriodAction.Approve, PeriodStatus.Open) =>
            $"Period {period} has no stored run; run it first (paycalc run --period {period} ...), then approve.",
        (PeriodAction.Approve, PeriodStatus.Approved) =>
            $"Period {period} is already approved.",
        (PeriodAction.Approve, _) =>
            $"Period {period} is closed; a closed month cannot be approved again.",
        (PeriodAction.Close, PeriodStatus.Open) =>
            $"Period {period} has no stored run; run and approve it before closing.",
        (PeriodAction.Close, PeriodStatus.Calculated) =>
            $"Period {period} is calculated but not approved; approve it first (paycalc approve --period {period}).",
        (PeriodAction.Close, _) =>
            $"Period {period} is already closed.",
        (PeriodAction.Correct, _) =>
            $"Period {period} is {Text(status)}, not closed; a month that is not closed is corrected by running it again (paycalc run --period {period} ...).",
        _ => $"Period {period}: {action} is not allowed while it is {status}.",
    };

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
