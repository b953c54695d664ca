namespace PayCalc.Storage;

/// <summary>A stored payslip's figures only: gross, net and every line's amount by code, plan lines in plan order then
/// adjustment lines (for <c>paycalc verify</c>).</summary>
public sealed record StoredPayslipAmounts(string AgentId, decimal Gross, decimal Net, IReadOnlyList<(string Code, decimal Amount)> Lines);
