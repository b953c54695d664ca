namespace PayCalc.Rules.Model;

/// <summary>
/// A tiered rule of the plan as an agent's what-if shows it (plan key <c>tiers</c>): the value the rule is measured on
/// (a variable or line of the plan, e.g. <c>kpi_score</c>) and where its tiers begin - either the tiers of a scale
/// parameter (<see cref="Scale"/>), or one threshold parameter (<see cref="From"/>) and what reaching it gives
/// (<see cref="Gives"/>, a value parameter, optional). The engine never reads it: it only says which numbers to compare.
/// </summary>
public sealed record TierDefinition
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    /// <summary>The variable or line whose value decides the tier.</summary>
    public required string Measure { get; init; }
    /// <summary>A scale parameter whose tiers apply (or null with <see cref="From"/>).</summary>
    public string? Scale { get; init; }
    /// <summary>A value parameter: the threshold the measure must reach (<c>&gt;=</c>), or null with <see cref="Scale"/>.</summary>
    public string? From { get; init; }
    /// <summary>A value parameter: what reaching <see cref="From"/> gives (e.g. the accelerator 1.2), optional.</summary>
    public string? Gives { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
}
