namespace PayCalc.Domain.Simulation;

/// <summary>One line of one agent's payslip in a simulated month: the stored amount and the proposed one (0 when the
/// line is not on that side's payslip).</summary>
public readonly record struct SimulationLine(string Code, decimal Baseline, decimal Proposed)
{
    public decimal Difference => Proposed - Baseline;
}
