namespace PayCalc.Rules.Model;

/// <summary>
/// One bracket of a tax table with a quick deduction (速算扣除数): amounts up to <see cref="UpTo"/>
/// (inclusive; null = no upper bound, last bracket only) are taxed as <c>x * Rate - QuickDeduction</c>.
/// </summary>
public sealed record Bracket(decimal? UpTo, decimal Rate, decimal QuickDeduction);
