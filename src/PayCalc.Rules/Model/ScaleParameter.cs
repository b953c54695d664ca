namespace PayCalc.Rules.Model;

/// <summary>
/// A scale parameter: per dated value, tiers with ascending thresholds (see <see cref="ScaleTier"/> for inclusivity).
/// Unless <see cref="Marginal"/>, the value of the highest tier reached applies to the whole amount.
/// </summary>
public sealed record ScaleParameter : ParameterDefinition
{
    /// <summary>Tax-style: each tier's rate applies to the part of the amount inside it (<c>type: marginal_scale</c>).</summary>
    public bool Marginal { get; init; }

    public IReadOnlyList<DatedValue<IReadOnlyList<ScaleTier>>> Values { get; init; } = [];

    /// <summary>The tiers in force on <paramref name="day"/>: the latest <c>From</c> not after it (null before the first).</summary>
    public DatedValue<IReadOnlyList<ScaleTier>>? InForce(DateOnly day) => InForce(Values, day);
}
