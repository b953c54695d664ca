namespace PayCalc.Rules.Model;

/// <summary>A parameter that is one number per dated value (in its <see cref="ParameterDefinition.Unit"/>).</summary>
public sealed record ValueParameter : ParameterDefinition
{
    public IReadOnlyList<DatedValue<decimal>> Values { get; init; } = [];

    /// <summary>The value in force on <paramref name="day"/>: the latest <c>From</c> not after it (null before the first).</summary>
    public DatedValue<decimal>? InForce(DateOnly day) => InForce(Values, day);
}
