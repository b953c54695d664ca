using PayCalc.Domain;

namespace PayCalc.Rules.Evaluation;

/// <summary>
/// One agent's stored amounts of some lines, month by month, relative to the month being paid (plan history
/// with <c>by_month: true</c>). <see cref="MonthsAgo"/> refuses a month without a stored line (no silent 0, e.g. for
/// an accelerator); <see cref="MonthsAgoOrZero"/> reads it as 0.
/// </summary>
public sealed class MonthlyHistory
{
    private readonly string _name;
    private readonly Period _period;
    private readonly IReadOnlyDictionary<Period, decimal> _amounts;

    /// <param name="name">The history value's name (for messages).</param>
    /// <param name="period">The month being paid.</param>
    /// <param name="amounts">Sum of the lines per earlier month that has them.</param>
    public MonthlyHistory(string name, Period period, IReadOnlyDictionary<Period, decimal> amounts)
    {
        _name = name;
        _period = period;
        _amounts = amounts;
    }

    /// <summary>The stored amount of the month <paramref name="months"/> months before the period (1 = the previous month).</summary>
    /// <exception cref="RuleEvaluationException">months is not a whole number of at least 1, or that month has no stored line.</exception>
    public decimal MonthsAgo(decimal months) =>
        _amounts.TryGetValue(Month(months), out var v) ? v
            : throw new RuleEvaluationException(RuleMessages.Format("Eval_NoStoredLine", _name, Month(months)));

    /// <summary>Like <see cref="MonthsAgo"/>, but 0 for a month without a stored line.</summary>
    public decimal MonthsAgoOrZero(decimal months) => _amounts.GetValueOrDefault(Month(months));

    private Period Month(decimal months)
    {
        if (months < 1 || months != decimal.Truncate(months) || months > 12 * 200)
            throw new RuleEvaluationException(RuleMessages.Format("Eval_MonthsAgo", _name, months));
        var p = _period;
        for (var k = 0; k < (int)months; k++) p = p.Previous();
        return p;
    }
}
