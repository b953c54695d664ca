namespace PayCalc.Rules.Model;

/// <summary>A named, effective-dated plan parameter with the legal or business source of its values.</summary>
public sealed record ParameterDefinition
{
    public required string Name { get; init; }
    public required ParameterKind Kind { get; init; }
    public required string Source { get; init; }
    public Unit Unit { get; init; }
    public string? Comment { get; init; }
    public required int Line { get; init; }
    /// <summary>The file that defines the parameter (the plan, an included statutory file or a city profile).</summary>
    public string File { get; init; } = "";
    public IReadOnlyList<DatedValue<decimal>> Values { get; init; } = [];
    public IReadOnlyList<DatedValue<IReadOnlyDictionary<string, decimal>>> Tables { get; init; } = [];
    public IReadOnlyList<DatedValue<IReadOnlyList<ScaleTier>>> Scales { get; init; } = [];
    public IReadOnlyList<DatedValue<IReadOnlyList<Bracket>>> Brackets { get; init; } = [];

    /// <summary>The dated entry in force on <paramref name="day"/>: the latest <c>From</c> not after it.</summary>
    public static DatedValue<T>? InForce<T>(IReadOnlyList<DatedValue<T>> values, DateOnly day) =>
        values.Where(v => v.From <= day).MaxBy(v => v.From);
}
