namespace PayCalc.Rules.Model;

/// <summary>A parameter value in force from <see cref="From"/> (inclusive) until the next dated value.</summary>
public sealed record DatedValue<T>(DateOnly From, T Value, int Line);
