namespace PayCalc.Rules.Model;

/// <summary>Which earlier months a history value sums over.</summary>
public enum HistoryWindow
{
    /// <summary>January of the period's year up to the month before the period (a tax year).</summary>
    Year,
    /// <summary>Every stored month before the period.</summary>
    All,
    /// <summary>The first month of the period's calendar quarter (Jan, Apr, Jul, Oct) up to the month before the period.</summary>
    Quarter,
}

/// <summary>A field of the <c>ytd</c> opening-balance file (data contract) a history value starts from.</summary>
public enum OpeningField
{
    Months,
    Income,
    SpecialDeductions,
    AdditionalDeductions,
    TaxWithheld,
}

/// <summary>
/// A value read from earlier months (plan key <c>history</c>): the sum of the stored amounts of
/// <see cref="Lines"/> over the window (negated when <see cref="Negate"/>, so a deduction reads positive),
/// or the number of earlier months with a payslip when <see cref="CountsMonths"/>, plus the agent's
/// opening balance field for the year when <see cref="Opening"/> is set (year window only).
/// With <see cref="ByMonth"/> the value is not one sum but the sum per earlier month (a <c>MonthlyHistory</c>):
/// expressions read one month with <c>name.MonthsAgo(n)</c>, e.g. the month a deal was booked.
/// </summary>
public sealed record HistoryDefinition
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Lines { get; init; } = [];
    public bool CountsMonths { get; init; }
    /// <summary>Per earlier month instead of one sum (plan key <c>by_month: true</c>).</summary>
    public bool ByMonth { get; init; }
    public bool Negate { get; init; }
    public OpeningField? Opening { get; init; }
    public HistoryWindow Window { get; init; }
    public Unit Unit { get; init; }
    public string? Comment { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
}
