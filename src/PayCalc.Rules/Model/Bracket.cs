namespace PayCalc.Rules.Model;

/// <summary>
/// One bracket of a tax table with a quick deduction (速算扣除数): amounts up to <see cref="UpTo"/>
/// (inclusive; null = no upper bound, last bracket only) are taxed as <c>x * Rate - QuickDeduction</c>.
/// </summary>
public sealed record Bracket(decimal? UpTo, decimal Rate, decimal QuickDeduction)
{
    /// <summary>1-based line of the bracket in its rule file (0 when not read from a file), for errors found after reading.</summary>
    public int Line { get; init; }
}
