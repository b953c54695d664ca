namespace PayCalc.Rules.Model;

/// <summary>A lookup table parameter: per dated value, key -> number (keys are numbers or text, compared ordinally).</summary>
public sealed record TableParameter : ParameterDefinition
{
    public IReadOnlyList<DatedValue<IReadOnlyDictionary<string, decimal>>> Values { get; init; } = [];

    /// <summary>The table in force on <paramref name="day"/>: the latest <c>From</c> not after it (null before the first).</summary>
    public DatedValue<IReadOnlyDictionary<string, decimal>>? InForce(DateOnly day) => InForce(Values, day);
}
