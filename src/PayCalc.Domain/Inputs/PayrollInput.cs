namespace PayCalc.Domain.Inputs;

/// <summary>Everything imported for one period, validated and ready to compute.</summary>
public sealed record PayrollInput
{
    public required Period Period { get; init; }
    public required IReadOnlyList<Agent> Agents { get; init; }
    public IReadOnlyList<Shift> Shifts { get; init; } = [];
    public IReadOnlyList<LeaveEntry> Leave { get; init; } = [];
    public IReadOnlyList<Deal> Deals { get; init; } = [];
    public IReadOnlyList<AgentMetrics> Metrics { get; init; } = [];
    public IReadOnlyList<TeamMetrics> TeamMetrics { get; init; } = [];
    /// <summary>Income-tax opening balances (optional <c>ytd</c> file), any year.</summary>
    public IReadOnlyList<YtdBalance> YtdBalances { get; init; } = [];
    public IReadOnlyList<InputFile> Files { get; init; } = [];
    /// <summary>Non-blocking import remarks (e.g. an unknown column ignored).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
