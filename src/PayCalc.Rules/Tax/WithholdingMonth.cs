namespace PayCalc.Rules.Tax;

/// <summary>
/// One month of cumulative withholding (STA 2018 No. 61), every step kept for explanation. Amounts in CNY;
/// cumulative values run from January (or the first month at this employer) to this month inclusive.
/// </summary>
public sealed record WithholdingMonth(
    int Month,
    decimal CumulativeIncome,
    decimal CumulativeBasicDeduction,
    decimal CumulativeSpecialDeductions,
    decimal CumulativeAdditionalDeductions,
    decimal CumulativeTaxable,
    decimal Rate,
    decimal QuickDeduction,
    decimal CumulativeTax,
    decimal WithheldBefore,
    decimal Withholding);
