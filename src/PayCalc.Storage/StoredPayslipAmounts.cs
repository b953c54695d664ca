namespace PayCalc.Storage;

/// <summary>One stored payslip as amounts only: the agent, the totals and every line (plan lines in plan order, then
/// adjustment lines) as code and amount. What a comparison of a whole month needs (<c>verify</c>, <c>simulate</c>),
/// without the explanations.</summary>
public sealed record StoredPayslipAmounts(string AgentId, string Name, string Team, decimal Gross, decimal Net,
    IReadOnlyList<(string Code, decimal Amount)> Lines);
