namespace PayCalc.Rules.Model;

/// <summary>
/// A named, effective-dated plan parameter with the legal or business source of its values. Each kind is its own
/// type: <see cref="ValueParameter"/>, <see cref="TableParameter"/>, <see cref="ScaleParameter"/> and
/// <see cref="BracketParameter"/>, each with its dated values in ascending order of <c>From</c>.
/// </summary>
public abstract record ParameterDefinition
{
    private protected ParameterDefinition() { }

    public required string Name { get; init; }
    public required string Source { get; init; }
    public Unit Unit { get; init; }
    public string? Comment { get; init; }
    /// <summary>1-based line of the parameter's name in <see cref="File"/>.</summary>
    public required int Line { get; init; }
    /// <summary>The file that defines the parameter (the plan, an included statutory file or a city profile).</summary>
    public string File { get; init; } = "";

    /// <summary>The dated entry in force on <paramref name="day"/>: the latest <c>From</c> not after it.</summary>
    private protected static DatedValue<T>? InForce<T>(IReadOnlyList<DatedValue<T>> values, DateOnly day) =>
        values.Where(v => v.From <= day).MaxBy(v => v.From);
}
