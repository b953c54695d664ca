namespace PayCalc.Domain.Simulation;

/// <summary>
/// One difference between the rules that paid the simulated months (their stored snapshot) and the proposed plan, as
/// <c>paycalc rules diff</c> words it: what changed, each side's value or formula and where it is written.
/// <see cref="Months"/> are the simulated months paid by the same stored rules (<c>2026-10..2026-12</c>).
/// </summary>
public sealed record SimulationRuleChange(string Months, string Summary, string? Old, string? New, string? OldLocation, string? NewLocation);
