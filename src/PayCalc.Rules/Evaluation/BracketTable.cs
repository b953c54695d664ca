using PayCalc.Rules.Model;

namespace PayCalc.Rules.Evaluation;

/// <summary>
/// A bracket table in force for the period (individual income tax, annual bonus): each bracket taxes the
/// whole amount as <c>x * rate - quick deduction</c>. The loader checked that the brackets meet at every seam.
/// </summary>
public sealed class BracketTable(string name, IReadOnlyList<Bracket> brackets)
{
    public string Name { get; } = name;
    public IReadOnlyList<Bracket> Brackets { get; } = brackets;

    /// <summary>1-based number of the bracket holding <paramref name="x"/> (upper bounds inclusive; 1 for x &lt;= 0).</summary>
    public decimal Level(decimal x) => IndexOf(x) + 1;

    /// <summary>The rate of the bracket holding <paramref name="x"/>.</summary>
    public decimal Rate(decimal x) => Brackets[IndexOf(x)].Rate;

    /// <summary>The quick deduction (速算扣除数) of the bracket holding <paramref name="x"/>.</summary>
    public decimal QuickDeduction(decimal x) => Brackets[IndexOf(x)].QuickDeduction;

    /// <summary>Tax on <paramref name="x"/>: <c>x * rate - quick deduction</c> of its bracket; 0 when x &lt;= 0. Not rounded.</summary>
    public decimal Tax(decimal x) => Tax(x, x);

    /// <summary>
    /// Tax on <paramref name="amount"/> with the bracket looked up by <paramref name="lookup"/> (annual bonus:
    /// rate and quick deduction of bonus / 12 applied once to the whole bonus); 0 when the amount is not positive.
    /// </summary>
    public decimal Tax(decimal amount, decimal lookup)
    {
        if (amount <= 0) return 0m;
        var b = Brackets[IndexOf(lookup)];
        return Math.Max(0m, amount * b.Rate - b.QuickDeduction);
    }

    /// <summary>
    /// For an amount taxed whole with the bracket of amount / <paramref name="divisor"/> (the annual bonus):
    /// the highest bracket boundary (as an amount, boundary x divisor) below <paramref name="amount"/> that
    /// takes home more after tax than <paramref name="amount"/> does - the start of the dead zone the amount is in -
    /// or 0 when the amount is in no dead zone.
    /// </summary>
    public decimal DeadZoneStart(decimal amount, decimal divisor)
    {
        if (divisor <= 0) throw new RuleEvaluationException(RuleMessages.Format("Eval_DivisorPositive", Name));
        var net = amount - Tax(amount, amount / divisor);
        for (var i = Brackets.Count - 1; i >= 0; i--)
        {
            if (Brackets[i].UpTo is not { } bound) continue;
            var boundary = bound * divisor;
            if (boundary >= amount) continue;
            if (boundary - Tax(boundary, bound) > net) return boundary;
        }
        return 0m;
    }

    private int IndexOf(decimal x)
    {
        for (var i = 0; i < Brackets.Count; i++)
            if (Brackets[i].UpTo is not { } up || x <= up) return i;
        throw new RuleEvaluationException(RuleMessages.Format("Eval_NoBracket", Name, x));
    }
}
