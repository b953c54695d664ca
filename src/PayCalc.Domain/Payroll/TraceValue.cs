namespace PayCalc.Domain.Payroll;

/// <summary>An intermediate value of the plan (a variable such as the hourly wage or overtime hours) for one
/// agent, unrounded. Explained by the plan's formula and the payslip's facts; never summed or printed as a line.</summary>
public readonly record struct TraceValue(string Code, decimal Value);
