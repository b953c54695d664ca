namespace PayCalc.Application;

/// <summary>
/// One difference between two versions of a plan's rules, in plain language (<see cref="Summary"/>), with the value
/// or formula of each side (null where the side has none: added, removed), the date it takes effect for dated values,
/// where each side is written (<c>plans/bank-card-center.yaml:114</c>) and, for formulas, the names each side reads.
/// </summary>
public sealed record RuleChange(RuleChangeKind Kind, string Name, string Summary)
{
    /// <summary>What of the rule changed (<c>value</c>, <c>source</c>, <c>amount</c>, <c>when</c>, <c>category</c>...), or null for added/removed.</summary>
    public string? Field { get; init; }
    public string? Old { get; init; }
    public string? New { get; init; }
    /// <summary>The first day the change applies (dated values, calendar days), or null.</summary>
    public DateOnly? From { get; init; }
    public string? OldLocation { get; init; }
    public string? NewLocation { get; init; }
    /// <summary>The names the old formula reads (values, lines, parameters), in order of first use.</summary>
    public IReadOnlyList<string> OldReads { get; init; } = [];
    /// <summary>The names the new formula reads.</summary>
    public IReadOnlyList<string> NewReads { get; init; } = [];
}
