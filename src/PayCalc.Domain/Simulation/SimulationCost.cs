namespace PayCalc.Domain.Simulation;

/// <summary>
/// The cost of one line (or a total: <c>gross</c>, <c>net</c>, <c>employer_cost</c>, category <c>total</c>) in a simulation:
/// summed over the agents of a month (<paramref name="Period"/>) or of the whole range (null), of every team
/// (<paramref name="Team"/> empty) or of one, as stored (baseline) and with the proposed plan.
/// </summary>
public sealed record SimulationCost(Period? Period, string Team, string Code, string Name, string Category, decimal Baseline, decimal Proposed)
{
    public decimal Difference => Proposed - Baseline;
}
