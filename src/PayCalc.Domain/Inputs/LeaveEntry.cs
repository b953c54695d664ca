namespace PayCalc.Domain.Inputs;

/// <summary>Leave taken on one day, in hours.</summary>
public sealed record LeaveEntry
{
    public required string AgentId { get; init; }
    public required DateOnly Date { get; init; }
    public required LeaveType Type { get; init; }
    public required decimal Hours { get; init; }
    public SourceRef Source { get; init; } = SourceRef.None;
}
