namespace PayCalc.Domain.Payroll;

/// <summary>
/// What a run knows about one name its formulas read, the same for every payslip of the run: its kind and, for a
/// parameter, the source, where its value is written (<c>file:line</c>) and the day the value came into force; for a
/// history value, the months it sums. Per-agent values are kept with each payslip, not here.
/// </summary>
public sealed record TraceName
{
    public required string Name { get; init; }
    public required TraceKind Kind { get; init; }
    /// <summary>The legal or business source (plan key <c>source:</c>) of a parameter.</summary>
    public string? Source { get; init; }
    /// <summary>Where the value in force is written, <c>file:line</c> (file relative to the rules folder).</summary>
    public string? Location { get; init; }
    /// <summary>The first day (inclusive) the value used is in force.</summary>
    public DateOnly? InForce { get; init; }
    /// <summary>A plain description: a table parameter's entries, a history value's lines and months.</summary>
    public string? Detail { get; init; }
}
