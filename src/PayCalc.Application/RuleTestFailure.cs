using PayCalc.Domain;

namespace PayCalc.Application;

/// <summary>
/// One expectation of a rule-test case that did not hold: where it is written, expected vs actual and the
/// explanation of the actual value (the line's or variable's rule, the values that went in and what each input is).
/// </summary>
public sealed record RuleTestFailure(string Case, string Location, Period Month, string AgentId, string Code, string Expected, string Actual, string Explanation)
{
    /// <summary>One line: <c>case | 2026-10 | A001 | base_pay: expected 5220.00, actual 5000.00  (rules/tests/x.yaml:12)</c>.</summary>
    public string Message => FinanceText.Format("Test_Failure", Case, Month, AgentId, Code, Expected, Actual, Location);

    public override string ToString() => Explanation.Length == 0 ? Message : Message + Environment.NewLine + Explanation;
}
