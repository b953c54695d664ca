namespace PayCalc.Domain.Simulation;

/// <summary>An exception (flag) that the proposed plan raises and the stored run did not (<paramref name="Appears"/>),
/// or that the stored run had and the proposed plan no longer raises.</summary>
public sealed record SimulationFlagChange(Period Period, string AgentId, string Code, string Message, bool Appears);
