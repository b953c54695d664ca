using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Application;

/// <summary>
/// One stored payslip as a person reads it: the lines grouped 应发 earnings / 扣款 deductions / 实发 net (employer cost and
/// info lines left out: they are not the agent's pay), each with its plain explanation and the rows behind it (the shifts
/// of a night allowance, the deals of a commission), all from the stored structured trace.
/// </summary>
public sealed record PayslipPage
{
    public required Period Period { get; init; }
    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }
    public required string Plan { get; init; }
    public required decimal Gross { get; init; }
    /// <summary>The deduction lines added up (negative).</summary>
    public required decimal Deductions { get; init; }
    public required decimal Net { get; init; }
    public required IReadOnlyList<PayslipPageLine> Earnings { get; init; }
    public required IReadOnlyList<PayslipPageLine> DeductionLines { get; init; }
}

/// <summary>A line of a <see cref="PayslipPage"/>: its names, amount, the explanation <c>explain</c> prints (rule,
/// values, each input with its source) and the rows behind an aggregate line, one text each.</summary>
public sealed record PayslipPageLine(string Code, string Name, string NameEn, decimal Amount, string Explanation, IReadOnlyList<string> Rows);
