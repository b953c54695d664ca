using PayCalc.Domain.Inputs;

namespace PayCalc.Rules.Model;

/// <summary>
/// One case of a rule-test file (<c>rules/tests/*.yaml</c>, format in <c>rules/tests/README.md</c>): a plan, the agents
/// with their roster fields and income-tax opening balances, and the months in order, each either computed (inputs and
/// expected lines or variables) or given as stored line amounts. Each computed month is the next months' history.
/// </summary>
public sealed record RuleTestCase
{
    public required string Name { get; init; }
    /// <summary>The case file as given (for messages) and the 1-based line of the case.</summary>
    public required string File { get; init; }
    public required int Line { get; init; }
    /// <summary>Full path of the plan file the case runs.</summary>
    public required string PlanPath { get; init; }
    public required IReadOnlyList<Agent> Agents { get; init; }
    public IReadOnlyList<YtdBalance> Ytd { get; init; } = [];
    public required IReadOnlyList<RuleTestMonth> Months { get; init; }

    public int ExpectationCount => Months.Sum(m => m.Expectations.Count);
}
