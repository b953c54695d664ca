namespace PayCalc.Domain.Payroll;

/// <summary>
/// The part of the trace every payslip of a run shares, kept once per run: what each name a formula reads is
/// (<see cref="Names"/>), and the shape of each aggregate line's rows (<see cref="Rows"/>, by line code).
/// </summary>
public sealed record TraceCatalog
{
    public static readonly TraceCatalog Empty = new();

    public IReadOnlyDictionary<string, TraceName> Names { get; init; } = new Dictionary<string, TraceName>(StringComparer.Ordinal);
    public IReadOnlyDictionary<string, RowShape> Rows { get; init; } = new Dictionary<string, RowShape>(StringComparer.Ordinal);
}
