using PayCalc.Domain;

namespace PayCalc.Rules.Runtime;

/// <summary>A stored payslip line amount of an earlier month, as the history of a plan reads it.</summary>
public sealed record HistoryLine(Period Period, string AgentId, string Code, decimal Amount);
