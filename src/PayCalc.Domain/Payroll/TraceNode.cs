namespace PayCalc.Domain.Payroll;

/// <summary>
/// One value of a payslip with why it is what it is: a payslip line (<see cref="Category"/> set) or a plan variable,
/// its formula, the formula with the values that went in, each input with its kind, and for an aggregate line the
/// rows behind it. The inputs that are lines or variables are nodes themselves (<see cref="PayslipTrace.Inputs"/>).
/// </summary>
public sealed record TraceNode
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    /// <summary>The line's category; null for a variable.</summary>
    public LineCategory? Category { get; init; }
    /// <summary>A line's amount (rounded once) or a variable's exact value.</summary>
    public required decimal Value { get; init; }
    public required string Formula { get; init; }
    /// <summary>The formula with the values that went in (one renderer: <see cref="FormulaText"/>).</summary>
    public required string Explain { get; init; }
    public IReadOnlyList<TraceInput> Inputs { get; init; } = [];
    /// <summary>What the rows are, when the line aggregates shifts, leave or deals.</summary>
    public RowShape? Shape { get; init; }
    public IReadOnlyList<TraceRow> Rows { get; init; } = [];
}
