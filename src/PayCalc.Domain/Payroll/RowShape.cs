namespace PayCalc.Domain.Payroll;

/// <summary>
/// What an aggregate line's rows are: the collection its formula aggregates (<c>shifts</c>, <c>leave</c>,
/// <c>deals</c>) and the numbers it reads from each row, named by the row's member with any parameter values
/// (<c>Amount</c>, <c>HoursInWindow(22, 6)</c> for <c>s.HoursInWindow(night_window_start, night_window_end)</c>).
/// </summary>
public sealed record RowShape(string Collection, IReadOnlyList<string> Fields);
