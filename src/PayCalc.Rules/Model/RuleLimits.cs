namespace PayCalc.Rules.Model;

/// <summary>
/// How large a rule file and its formulas may be, and how long a run may compute: a plan is data written by
/// people outside the engine, and no plan may crash the process, hold it forever or exhaust its memory.
/// Every limit is far above what the shipped plans need (figures of December 2026 in the comments); a plan
/// that reaches one should be split into named variables, which also explain themselves on the payslip.
/// </summary>
public static class RuleLimits
{
    /// <summary>Characters in one formula (<c>value</c>, <c>amount</c>, <c>when</c>, <c>of</c>, <c>where</c>). The
    /// longest shipped formula has 206; a formula over a screenful is unreadable on a payslip explanation anyway.
    /// Checked on the raw text before the expression parser (which is recursive) sees it.</summary>
    public const int MaxFormulaLength = 1_000;

    /// <summary>Nesting of brackets <c>( [ {</c>, conditionals <c>? :</c> and lambdas <c>=&gt;</c> in one formula,
    /// counted on the raw text. Shipped plans nest at most 4 deep. The parser spends roughly 16 recursive calls per
    /// level (3,000 levels overflowed the stack and killed the process); 16 levels stay far from that.</summary>
    public const int MaxFormulaNesting = 16;

    /// <summary>Depth of the parsed expression tree. A long chain such as <c>a + b + c + ...</c> parses without
    /// recursion but becomes a tree as deep as it is long, and checking, unit inference and compilation walk it
    /// recursively; 20,000 terms overflowed the stack. 200 allows a sum of ~90 named lines (each term may carry a
    /// conversion node) while keeping those walks a few hundred calls deep.</summary>
    public const int MaxExpressionTreeDepth = 200;

    /// <summary>Lambdas inside lambdas over <c>shifts</c>, <c>leave</c> and <c>deals</c>. Shipped plans use one level
    /// (<c>shifts.Where(s =&gt; ...)</c>). Only linear collection methods are allowed (no SelectMany, Join, Range), so
    /// an expression costs about its length times n^levels for n entries: 2 levels allow comparing each shift with
    /// the others (n² ≈ 4,000 for a month's shifts); 3 would reach 10⁹ steps per agent for 1,000 deals.</summary>
    public const int MaxLambdaNesting = 2;

    /// <summary>Nesting of mappings and lists in one YAML rule file. Shipped files nest at most 6 deep; the YAML
    /// library builds its node tree recursively, and 50,000 levels overflowed the stack.</summary>
    public const int MaxYamlNesting = 32;

    /// <summary>Default time for computing a whole period. Computing 100,000 agents takes ~8 s on a 2-core machine;
    /// 10 minutes leaves room for a slow, shared machine and larger months while still ending a runaway plan.</summary>
    public static readonly TimeSpan DefaultRunBudget = TimeSpan.FromMinutes(10);

    /// <summary>Default time for one agent's value of one component. A value takes ~2 µs on average; 5 s is beyond
    /// any legitimate formula or garbage-collection pause, and names the agent whose data makes a rule explode.</summary>
    public static readonly TimeSpan DefaultAgentBudget = TimeSpan.FromSeconds(5);
}
