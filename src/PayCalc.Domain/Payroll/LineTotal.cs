namespace PayCalc.Domain.Payroll;

/// <summary>One pay line summed over a month's payslips: <see cref="Amount"/> in CNY, signed by its effect on pay as on
/// the payslips (deductions negative), the sum of the lines' amounts each rounded to the fen.</summary>
public sealed record LineTotal(string Code, string Name, LineCategory Category, decimal Amount);
