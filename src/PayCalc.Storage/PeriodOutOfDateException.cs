using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>
/// Thrown when a month would be approved or closed although an earlier month was run again after it: its run may
/// rest on the replaced figures (year-to-date income tax, quarterly and annual bonuses, clawbacks). Nothing was changed.
/// </summary>
public sealed class PeriodOutOfDateException(Period period, PeriodAction action, IReadOnlyList<Period> rerun)
    : Exception(Messages.Format(rerun.Count == 1 ? "Period_OutOfDateOne" : "Period_OutOfDateMany", period, string.Join(", ", rerun),
        Messages.Get("Action_" + action)))
{
    public Period Period { get; } = period;

    /// <summary>The earlier months stored again after this month's run, in order.</summary>
    public IReadOnlyList<Period> Rerun { get; } = rerun;
}
