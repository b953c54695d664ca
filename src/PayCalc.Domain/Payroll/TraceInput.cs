namespace PayCalc.Domain.Payroll;

/// <summary>A named value a formula read: its display value, its kind, and what the run knows about it
/// (<paramref name="About"/>: a parameter's source and in-force date, a history value's months; null for lines and variables).</summary>
public sealed record TraceInput(string Name, string Value, TraceKind Kind, TraceName? About);
