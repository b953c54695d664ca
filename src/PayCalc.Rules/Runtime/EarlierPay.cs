using PayCalc.Domain;

namespace PayCalc.Rules.Runtime;

/// <summary>The totals of one stored payslip of an earlier month (yuan), for checks that compare months.</summary>
public sealed record EarlierPay(Period Period, string AgentId, decimal Gross, decimal Net);
