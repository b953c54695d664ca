namespace PayCalc.Rules.Model;

/// <summary>How a group value combines the agents of a team.</summary>
public enum GroupKind
{
    /// <summary>Competition rank (1, 1, 3) among the members that pass <c>where</c>; 0 for the others.</summary>
    Rank,
    Sum,
    Count,
}
