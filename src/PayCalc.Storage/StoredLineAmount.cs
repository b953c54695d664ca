using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>The amount of one payslip line of an earlier month (no inputs), for year-to-date sums.</summary>
public sealed record StoredLineAmount(Period Period, string AgentId, string Code, decimal Amount);
