using PayCalc.Domain;

namespace PayCalc.Rules.Runtime;

/// <summary>
/// One agent's stored amounts of some lines, month by month, relative to the month being paid (plan history
/// with <c>by_month: true</c>). A month without a stored line reads 0.
/// </summary>
public sealed class MonthlyHistory
{
    public static readonly MonthlyHistory Empty = new(new Period(1900, 1), new Dictionary<Period, decimal>());

    private readonly Period _period;
    private readonly IReadOnlyDictionary<Period, decimal> _amounts;

    /// <param name="period">The month being paid.</param>
    /// <param name="amounts">Sum of the lines per earlier month.</param>
    public MonthlyHistory(Period period, IReadOnlyDictionary<Period, decimal> amounts)
    {
        _period = period;
        _amounts = amounts;
    }

    /// <summary>The stored amount of the month <paramref name="months"/> months before the period (1 = the previous month); 0 when none.</summary>
    /// <exception cref="RuleEvaluationException">months is not a whole number of at least 1 (the period itself is not history).</exception>
    public decimal MonthsAgo(decimal months)
    {
        if (months < 1 || months != decimal.Truncate(months) || months > 12 * 200)
            throw new RuleEvaluationException($"MonthsAgo: months must be a whole number of at least 1, not {months}.");
        var p = _period;
        for (var k = 0; k < (int)months; k++) p = p.Previous();
        return _amounts.GetValueOrDefault(p);
    }
}
