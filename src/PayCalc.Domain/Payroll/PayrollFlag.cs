namespace PayCalc.Domain.Payroll;

/// <summary>A payroll exception for HR to review before approval (overtime over 36 h, missing metrics, a finance
/// check, ...). It does not stop the run; a <see cref="FlagSeverity.Blocking"/> one stops approval until acknowledged.</summary>
public sealed record PayrollFlag(string AgentId, string Code, string Message, FlagSeverity Severity = FlagSeverity.Warning);
