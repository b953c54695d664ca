using PayCalc.Domain.Payroll;

namespace PayCalc.Application;

/// <summary>
/// One month of the tax what-if as the payroll engine computed it with <c>rules/statutory/what-if/tax-what-if.yaml</c>:
/// the values are the statutory module's (<c>rules/statutory/cn-payroll.yaml</c>), read from the what-if
/// employee's payslip - lines by their amount, variables from its trace. Cumulative values run from January (or
/// the first month at this employer) to this month inclusive.
/// </summary>
public sealed record TaxMonth(int Month, Payslip Payslip)
{
    public decimal CumulativeIncome => Value("cumulative_income");
    public decimal CumulativeBasicDeduction => Value("basic_deduction");
    public decimal CumulativeSpecialDeductions => Value("cumulative_special_deductions");
    public decimal CumulativeAdditionalDeductions => Value("cumulative_additional_deductions");
    public decimal CumulativeTaxable => Value("cumulative_taxable");
    /// <summary>Cumulative taxable income before the floor at 0 (unused deductions absorb part of a folded bonus).</summary>
    public decimal CumulativeTaxableBeforeZero => Value("cumulative_taxable_before_zero");
    public decimal Rate => Value("iit_rate");
    public decimal QuickDeduction => Value("iit_quick_deduction");
    public decimal CumulativeTax => Value("cumulative_tax");
    public decimal WithheldBefore => Value("withheld_before");
    /// <summary>This month's withholding: the <c>iit</c> deduction line, as a positive amount.</summary>
    public decimal Withholding => Positive(Value("iit"));

    /// <summary>The month's bonus taxed separately (0 without a bonus).</summary>
    public decimal BonusSeparateTax => Value("bonus_tax_separate");
    /// <summary>The extra withholding when the month's bonus is folded into its wages.</summary>
    public decimal BonusFoldedTax => Value("bonus_tax_folded");
    public decimal BonusRate => Value("bonus_rate");
    public decimal BonusQuickDeduction => Value("bonus_quick_deduction");
    /// <summary>The bracket boundary below the bonus that takes home more after separate taxation, or 0.</summary>
    public decimal BonusDeadZoneStart => Value("bonus_dead_zone_start");
    public bool SeparateBonusAllowed => Value("bonus_separate_allowed") == 1m;

    /// <summary>A line's amount or a variable's value; an absent one (a line whose <c>when</c> was false) is 0.</summary>
    public decimal Value(string code)
    {
        foreach (var t in Payslip.Trace)
            if (t.Code == code) return t.Value;
        return Payslip.Line(code)?.Amount ?? 0m;
    }

    // A deduction line is negative; its zero is shown as 0.00, never -0.00.
    private static decimal Positive(decimal deduction) => deduction == 0m ? 0m : -deduction;
}
