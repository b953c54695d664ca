namespace PayCalc.Application;

/// <summary>
/// The answer to a <see cref="TaxWhatIf"/>: each month computed by the engine, from the first month at this
/// employer to the last month asked (or the bonus month), and the separate tax of the dead-zone bonus (the bonus
/// month computed again with a bonus of <see cref="TaxMonth.BonusDeadZoneStart"/>; 0 when there is none).
/// </summary>
public sealed record TaxYear(IReadOnlyList<TaxMonth> Months, decimal DeadZoneSeparateTax)
{
    public TaxMonth Of(int month) => Months.Single(m => m.Month == month);
}
