using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Generate;

/// <summary>Everything the input files hold about one agent for one month.</summary>
public sealed record AgentRecords(
    Agent Agent,
    IReadOnlyList<Shift> Shifts,
    IReadOnlyList<LeaveEntry> Leave,
    AgentMetrics Metrics,
    IReadOnlyList<Deal> Deals);
