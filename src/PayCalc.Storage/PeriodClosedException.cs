using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>Thrown when a run would replace the run of a closed period.</summary>
public sealed class PeriodClosedException(Period period)
    : Exception(Messages.Format("Period_ClosedRunNotReplaced", period))
{
    public Period Period { get; } = period;
}
