using PayCalc.Domain;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Tax;

/// <summary>
/// Cumulative withholding and annual-bonus tax for what-if questions (<c>paycalc tax</c>), with the numbers of
/// <c>rules/statutory/cn-iit.yaml</c> in force on a date. The plans compute the same law with their own
/// expressions; tests hold both to the official examples.
/// </summary>
public sealed class WithholdingCalculator
{
    public WithholdingCalculator(BracketTable wageBrackets, BracketTable bonusBrackets, decimal basicDeductionMonthly,
        decimal lowIncomeAnnualDeduction, decimal bonusMonths, bool separateBonusAllowed)
    {
        WageBrackets = wageBrackets;
        BonusBrackets = bonusBrackets;
        BasicDeductionMonthly = basicDeductionMonthly;
        LowIncomeAnnualDeduction = lowIncomeAnnualDeduction;
        BonusMonths = bonusMonths;
        SeparateBonusAllowed = separateBonusAllowed;
    }

    public BracketTable WageBrackets { get; }
    public BracketTable BonusBrackets { get; }
    public decimal BasicDeductionMonthly { get; }
    public decimal LowIncomeAnnualDeduction { get; }
    public decimal BonusMonths { get; }
    public bool SeparateBonusAllowed { get; }

    /// <summary>Reads the parameters of a statutory IIT file in force on <paramref name="day"/>.</summary>
    public static WithholdingCalculator FromFile(string path, DateOnly day)
    {
        var parameters = PlanLoader.LoadParameterFile(path).ToDictionary(p => p.Name, StringComparer.Ordinal);
        decimal Value(string name) => ParameterDefinition.InForce(Get(name).Values, day)?.Value ?? throw Missing(name);
        BracketTable Brackets(string name) =>
            new(name, ParameterDefinition.InForce(Get(name).Brackets, day)?.Value ?? throw Missing(name));
        ParameterDefinition Get(string name) => parameters.TryGetValue(name, out var p) ? p
            : throw new RuleLoadException([new RuleError(path, 1, name, $"the tax what-if needs parameter '{name}'.")]);
        RuleLoadException Missing(string name) => new([new RuleError(path, parameters[name].Line, name, $"no value in force on {day:yyyy-MM-dd}.")]);
        return new WithholdingCalculator(Brackets("iit_brackets"), Brackets("annual_bonus_brackets"),
            Value("iit_basic_deduction_monthly"), Value("iit_low_income_annual_deduction"), Value("annual_bonus_months"),
            Value("annual_bonus_separate_allowed") == 1);
    }

    /// <summary>
    /// Month-by-month withholding for wages paid in months <paramref name="firstMonth"/>..12 (one entry per month in
    /// <paramref name="wages"/>), each month with its own special deductions (own social insurance and housing fund)
    /// and special additional deductions. <paramref name="firstIncomeOfYear"/> = STA 2020 No. 13,
    /// <paramref name="priorYearLowIncome"/> = STA 2020 No. 19. Withholding is never negative.
    /// </summary>
    public IReadOnlyList<WithholdingMonth> Year(IReadOnlyList<(decimal Wage, decimal Special, decimal Additional)> wages,
        int firstMonth = 1, bool firstIncomeOfYear = false, bool priorYearLowIncome = false)
    {
        if (firstMonth is < 1 or > 12 || firstMonth + wages.Count - 1 > 12)
            throw new ArgumentOutOfRangeException(nameof(wages), "months must lie within one year (1-12).");
        var result = new List<WithholdingMonth>();
        decimal income = 0, special = 0, additional = 0, withheld = 0;
        for (var k = 0; k < wages.Count; k++)
        {
            var month = firstMonth + k;
            income += wages[k].Wage;
            special += wages[k].Special;
            additional += wages[k].Additional;
            var counted = k + 1;
            var basic = priorYearLowIncome ? Math.Max(LowIncomeAnnualDeduction, BasicDeductionMonthly * counted)
                : BasicDeductionMonthly * (firstIncomeOfYear ? month : counted);
            var taxable = Math.Max(0m, income - basic - special - additional);
            var rate = WageBrackets.Rate(taxable);
            var quick = WageBrackets.QuickDeduction(taxable);
            var tax = Money.Round(taxable * rate - quick);
            var thisMonth = Money.Round(Math.Max(0m, tax - withheld));
            result.Add(new WithholdingMonth(month, income, basic, special, additional, taxable, rate, quick, tax, withheld, thisMonth));
            withheld += thisMonth;
        }
        return result;
    }

    /// <summary>
    /// The bonus taxed separately and folded into a month whose cumulative taxable income before the bonus is
    /// <paramref name="cumulativeTaxableBeforeBonus"/> (may be negative: unused deductions absorb part of a folded
    /// bonus) with <paramref name="withheldBefore"/> withheld in earlier months.
    /// </summary>
    public BonusTaxComparison Bonus(decimal bonus, decimal cumulativeTaxableBeforeBonus = 0m, decimal withheldBefore = 0m)
    {
        var separate = Money.Round(BonusBrackets.Tax(bonus, bonus / BonusMonths));
        var wagesOnly = Math.Max(0m, Money.Round(WageBrackets.Tax(Math.Max(0m, cumulativeTaxableBeforeBonus))) - withheldBefore);
        var withBonus = Math.Max(0m, Money.Round(WageBrackets.Tax(Math.Max(0m, cumulativeTaxableBeforeBonus + bonus))) - withheldBefore);
        var deadZone = bonus > 0 ? BonusBrackets.DeadZoneStart(bonus, BonusMonths) : 0m;
        return new BonusTaxComparison(bonus, SeparateBonusAllowed ? separate : withBonus - wagesOnly, withBonus - wagesOnly, deadZone);
    }
}
