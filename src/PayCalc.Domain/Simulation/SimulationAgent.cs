namespace PayCalc.Domain.Simulation;

/// <summary>An agent whose net pay changes in a simulation: net over the range as stored and as proposed, and the
/// change of each month of the range (in order; 0 for a month without a payslip on either side).</summary>
public sealed record SimulationAgent(string AgentId, string Name, string Team, decimal BaselineNet, decimal ProposedNet,
    IReadOnlyList<decimal> MonthDifferences)
{
    public decimal Difference => ProposedNet - BaselineNet;
}
