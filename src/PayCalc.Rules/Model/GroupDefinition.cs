namespace PayCalc.Rules.Model;

/// <summary>A value computed over all agents of a team (PK ranking, team totals).</summary>
public sealed record GroupDefinition(GroupKind Kind, string Of, string? Where, bool Descending, int Line);
