using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>Thrown when a run would replace the run of a closed period.</summary>
public sealed class PeriodClosedException(Period period)
    : Exception($"Period {period} is closed; its run cannot be replaced.")
{
    public Period Period { get; } = period;
}
