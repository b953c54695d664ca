namespace PayCalc.Domain.Payroll;

/// <summary>A payroll exception for HR to review before approval (overtime over 36 h, missing metrics, ...).
/// It does not stop the run.</summary>
public sealed record PayrollFlag(string AgentId, string Code, string Message);
