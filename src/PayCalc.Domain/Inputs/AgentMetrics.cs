namespace PayCalc.Domain.Inputs;

/// <summary>One agent's KPI metrics for one month: numeric metrics and text metrics (e.g. pa_rating).</summary>
public sealed record AgentMetrics
{
    public required string AgentId { get; init; }
    public required Period Period { get; init; }
    public required IReadOnlyDictionary<string, decimal> Numbers { get; init; }
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();
    public SourceRef Source { get; init; } = SourceRef.None;
}
