namespace PayCalc.Domain.Simulation;

/// <summary>One agent in one simulated month: the lines of both payslips side by side (stored first, then lines only the
/// proposed plan pays), and the nets. <see cref="InBaseline"/>/<see cref="InProposed"/> say which side has a payslip.</summary>
public sealed record SimulationPayslip(string AgentId, string Name, string Team, bool InBaseline, bool InProposed,
    decimal BaselineNet, decimal ProposedNet, IReadOnlyList<SimulationLine> Lines)
{
    public decimal NetDifference => ProposedNet - BaselineNet;
}
