namespace PayCalc.Domain.Payroll;

/// <summary>
/// One imported row (a shift, leave entry or deal) that went into an aggregate payslip line: where it came from,
/// its date (a shift's start day, a leave day, a deal's booking day), the values the formula read from it (in the
/// order of <see cref="RowShape.Fields"/>) and its own contribution (unrounded; the line is rounded once, as a whole).
/// </summary>
public readonly record struct TraceRow(SourceRef Source, DateOnly Date, decimal Value, IReadOnlyList<decimal> Fields);
