namespace PayCalc.Domain.Inputs;

/// <summary>One team's metrics for one month (e.g. refund_rate, dsr).</summary>
public sealed record TeamMetrics
{
    public required string Team { get; init; }
    public required Period Period { get; init; }
    public required IReadOnlyDictionary<string, decimal> Numbers { get; init; }
    public SourceRef Source { get; init; } = SourceRef.None;
}
