using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Rules.Model;

/// <summary>
/// One month of a rule-test case. Computed: the month's inputs and what is expected. Stored (<see cref="IsStored"/>):
/// earlier line amounts given as if a run had stored them (an agent listed has a payslip that month).
/// </summary>
public sealed record RuleTestMonth
{
    public required Period Period { get; init; }
    public required int Line { get; init; }
    public IReadOnlyList<Shift> Shifts { get; init; } = [];
    public IReadOnlyList<LeaveEntry> Leave { get; init; } = [];
    public IReadOnlyList<Deal> Deals { get; init; } = [];
    public IReadOnlyList<AgentMetrics> Metrics { get; init; } = [];
    public IReadOnlyList<TeamMetrics> TeamMetrics { get; init; } = [];
    public IReadOnlyList<RuleTestExpectation> Expectations { get; init; } = [];
    /// <summary>Stored line amounts by agent, then line code (empty for a computed month).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Stored { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();

    public bool IsStored => Stored.Count > 0;
}
