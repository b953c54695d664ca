namespace PayCalc.Rules.Tax;

/// <summary>
/// The annual one-time bonus taxed both ways: separately (whole bonus x rate of bonus / 12 - quick deduction)
/// and folded into the month's wages (the extra withholding it causes). <see cref="DeadZoneStart"/> is the
/// bracket boundary that would take home more under separate taxation, or 0 when the bonus is in no dead zone.
/// </summary>
public sealed record BonusTaxComparison(decimal Bonus, decimal SeparateTax, decimal FoldedTax, decimal DeadZoneStart)
{
    public bool SeparateIsCheaper => SeparateTax <= FoldedTax;
}
