using System.Globalization;
using PayCalc.Rules.Model;
using PayCalc.Rules.Tax;

namespace PayCalc.Application;

/// <summary>An HR income-tax question: a year of monthly wages with deductions, and optionally a bonus.</summary>
public sealed record TaxWhatIf(decimal Wage, decimal Special, decimal Additional, int FromMonth, int ToMonth,
    bool FirstIncomeOfYear, bool PriorYearLowIncome, decimal Bonus, int BonusMonth)
{
    /// <summary>Each month's wage from <see cref="FromMonth"/> (months after the list earn 0), or null for <see cref="Wage"/> every month.</summary>
    public IReadOnlyList<decimal>? Wages { get; init; }

    public decimal WageOf(int month) => Wages is null ? Wage : month - FromMonth < Wages.Count ? Wages[month - FromMonth] : 0m;
}

/// <summary>
/// <c>paycalc tax</c>: the month-by-month cumulative withholding of a wage, and a bonus taxed separately and folded
/// into wages, from <c>rules/statutory/cn-iit.yaml</c> in force in the year. Nothing is read from or written to the database.
/// </summary>
public sealed class TaxQuestion(TextWriter output, TextWriter errors)
{
    /// <summary>Prints the answer; 1 when the tax parameters cannot be loaded (each problem printed).</summary>
    public int Answer(string rulesDirectory, TaxWhatIf question, int year)
    {
        var file = Path.Combine(rulesDirectory, "statutory", "cn-iit.yaml");
        WithholdingCalculator calculator;
        try
        {
            calculator = WithholdingCalculator.FromFile(file, new DateOnly(year, 12, 31));
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine("The tax parameters could not be loaded:");
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
        output.Write(Render(calculator, question, year));
        return PayrollRunner.Ok;
    }

    public static string Render(WithholdingCalculator calculator, TaxWhatIf q, int year)
    {
        var inv = CultureInfo.InvariantCulture;
        string M(decimal v) => v.ToString("#,##0.00", inv);
        var w = new StringWriter(inv);
        var months = Enumerable.Range(q.FromMonth, Math.Max(q.ToMonth, q.BonusMonth) - q.FromMonth + 1)
            .Select(m => (q.WageOf(m), q.Special, q.Additional)).ToList();
        var schedule = calculator.Year(months, q.FromMonth, q.FirstIncomeOfYear, q.PriorYearLowIncome);
        var wageText = q.Wages is null ? $"wage {M(q.Wage)}/month" : $"wages {string.Join(", ", q.Wages.Select(M))}";
        w.WriteLine($"Income tax {year}, cumulative withholding (STA 2018 No. 61): {wageText}, special deductions {M(q.Special)}, " +
                    $"special additional {M(q.Additional)}" + (q.FirstIncomeOfYear ? ", STA 2020 No. 13" : "") + (q.PriorYearLowIncome ? ", STA 2020 No. 19" : ""));
        w.WriteLine();
        w.WriteLine($"{"month",5} {"cum. income",14} {"basic ded.",12} {"special",12} {"add. special",12} {"cum. taxable",14} {"rate",5} {"quick ded.",10} {"cum. tax",12} {"withheld",12} {"this month",12}");
        foreach (var m in schedule.Where(m => m.Month <= q.ToMonth))
            w.WriteLine($"{m.Month,5} {M(m.CumulativeIncome),14} {M(m.CumulativeBasicDeduction),12} {M(m.CumulativeSpecialDeductions),12} {M(m.CumulativeAdditionalDeductions),12} " +
                        $"{M(m.CumulativeTaxable),14} {(m.Rate * 100).ToString("0", inv) + "%",5} {M(m.QuickDeduction),10} {M(m.CumulativeTax),12} {M(m.WithheldBefore),12} {M(m.Withholding),12}");
        w.WriteLine($"{"total",5} {"",14} {"",12} {"",12} {"",12} {"",14} {"",5} {"",10} {"",12} {"",12} {M(schedule.Where(m => m.Month <= q.ToMonth).Sum(m => m.Withholding)),12}");
        if (q.Bonus > 0)
        {
            var at = schedule.Single(m => m.Month == q.BonusMonth);
            var before = at.CumulativeIncome - at.CumulativeBasicDeduction - at.CumulativeSpecialDeductions - at.CumulativeAdditionalDeductions;
            var c = calculator.Bonus(q.Bonus, before, at.WithheldBefore);
            w.WriteLine();
            w.WriteLine($"Annual bonus {M(q.Bonus)} paid in month {q.BonusMonth}:");
            if (calculator.SeparateBonusAllowed)
                w.WriteLine($"  separate taxation (MOF/STA 2023 No. 30): {M(q.Bonus)} x {(calculator.BonusBrackets.Rate(q.Bonus / calculator.BonusMonths) * 100).ToString("0", inv)}% - {M(calculator.BonusBrackets.QuickDeduction(q.Bonus / calculator.BonusMonths))} = {M(c.SeparateTax)}, take home {M(q.Bonus - c.SeparateTax)}");
            else
                w.WriteLine($"  separate taxation is not available in {year}; the bonus is folded into wages.");
            w.WriteLine($"  folded into month {q.BonusMonth}'s wages: extra withholding {M(c.FoldedTax)}, take home {M(q.Bonus - c.FoldedTax)}");
            if (calculator.SeparateBonusAllowed)
                w.WriteLine($"  cheaper: {(c.SeparateIsCheaper ? "separate taxation" : "folding into wages")} (saves {M(Math.Abs(c.FoldedTax - c.SeparateTax))})");
            if (c.DeadZoneStart > 0 && calculator.SeparateBonusAllowed)
                w.WriteLine($"  warning: dead zone - a bonus of {M(c.DeadZoneStart)} takes home {M(c.DeadZoneStart - calculator.BonusBrackets.Tax(c.DeadZoneStart, c.DeadZoneStart / calculator.BonusMonths))} after separate taxation, more than this bonus.");
        }
        return w.ToString();
    }
}
