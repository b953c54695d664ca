namespace PayCalc.Domain.Inputs;

/// <summary>
/// Everything imported for one period: validated and ready to compute when the import reported no error; otherwise
/// the rows that parsed, with <see cref="Rejected"/> telling later checks what is missing because it was bad.
/// </summary>
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
    /// <summary>What an import with errors could not deliver (<see cref="RejectedRows.None"/> for a clean one).</summary>
    public RejectedRows Rejected { get; init; } = RejectedRows.None;
}
