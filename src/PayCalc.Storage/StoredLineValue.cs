using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>One payslip line of an earlier month, for multi-period rules (coefficients, accelerators, tax).</summary>
public sealed record StoredLineValue(Period Period, string AgentId, string Code, LineCategory Category, decimal Amount);
