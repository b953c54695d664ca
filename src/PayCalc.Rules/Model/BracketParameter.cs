namespace PayCalc.Rules.Model;

/// <summary>
/// Tax brackets with rate and quick deduction (速算扣除数): per dated value, brackets with ascending inclusive upper
/// bounds, the last without one; the tax is continuous at every seam (checked when the plan is validated).
/// </summary>
public sealed record BracketParameter : ParameterDefinition
{
    public IReadOnlyList<DatedValue<IReadOnlyList<Bracket>>> Values { get; init; } = [];

    /// <summary>The brackets in force on <paramref name="day"/>: the latest <c>From</c> not after it (null before the first).</summary>
    public DatedValue<IReadOnlyList<Bracket>>? InForce(DateOnly day) => InForce(Values, day);
}
