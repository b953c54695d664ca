using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>Thrown when a workflow step is not allowed in the period's current status (nothing was changed).</summary>
public sealed class PeriodTransitionException(Period period, PeriodStatus status, PeriodAction action)
    : Exception(PeriodTransitions.Refusal(period, status, action))
{
    public Period Period { get; } = period;

    /// <summary>The status the period had, and still has.</summary>
    public PeriodStatus Status { get; } = status;

    public PeriodAction Action { get; } = action;
}
