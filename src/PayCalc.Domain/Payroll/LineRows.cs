namespace PayCalc.Domain.Payroll;

/// <summary>
/// The rows behind one aggregate line of one payslip (e.g. each night shift of <c>night_allowance</c>), in input
/// order. Only rows that contributed are kept: a summed row whose value is not 0, a counted row that matched. What
/// the rows are and which values were read from them is the line's <see cref="RowShape"/>, once per run.
/// </summary>
public sealed record LineRows(string Code, IReadOnlyList<TraceRow> Rows);
