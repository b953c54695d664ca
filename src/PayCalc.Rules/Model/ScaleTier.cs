namespace PayCalc.Rules.Model;

/// <summary>
/// One tier of a scale. <see cref="Threshold"/> is inclusive (<c>from</c>) unless <see cref="Exclusive"/>
/// (<c>above</c>). For a marginal scale <see cref="Value"/> is the rate applied to the part inside the tier.
/// </summary>
public sealed record ScaleTier(decimal Threshold, bool Exclusive, decimal Value)
{
    /// <summary>1-based line of the tier in its rule file (0 when not read from a file), for errors found after reading.</summary>
    public int Line { get; init; }
}
