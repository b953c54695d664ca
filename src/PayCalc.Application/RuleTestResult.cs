using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>The outcome of one rule-test case: how many expectations it checked and those that failed.</summary>
public sealed record RuleTestResult(RuleTestCase Case, int Expectations, IReadOnlyList<RuleTestFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
}
