using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>Gross and net of one stored payslip of an earlier month.</summary>
public sealed record StoredPayslipTotal(Period Period, string AgentId, decimal Gross, decimal Net);
