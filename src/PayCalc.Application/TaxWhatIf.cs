namespace PayCalc.Application;

/// <summary>An HR income-tax question: a year of monthly wages with deductions, and optionally a bonus.</summary>
public sealed record TaxWhatIf(decimal Wage, decimal Special, decimal Additional, int FromMonth, int ToMonth,
    bool FirstIncomeOfYear, bool PriorYearLowIncome, decimal Bonus, int BonusMonth)
{
    /// <summary>Each month's wage from <see cref="FromMonth"/> (months after the list earn 0), or null for <see cref="Wage"/> every month.</summary>
    public IReadOnlyList<decimal>? Wages { get; init; }

    public decimal WageOf(int month) => Wages is null ? Wage : month - FromMonth < Wages.Count ? Wages[month - FromMonth] : 0m;

    /// <summary>The last month computed: the last month shown, or the bonus month when later.</summary>
    public int LastMonth => Math.Max(ToMonth, BonusMonth);
}
