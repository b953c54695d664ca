using PayCalc.Domain;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>statutory-cn.md section 5 through the plan: the annual_bonus amount is replaced by a fixed amount.</summary>
public class AnnualBonusTaxTests
{
    private static readonly Period December = new(2026, 12);

    private static (Domain.Payroll.Payslip Slip, IReadOnlyList<Domain.Payroll.PayrollFlag> Flags) December2026(decimal bonus, int method = 1, decimal wage = 10000m)
    {
        var run = new NetPay(PlanWithMethod(bonus, method));
        var result = run.Month(December, [NetPay.Agent(baseSalary: wage, contributionBase: wage, hfRate: 0.05m, hired: "2026-12-01")]);
        return (result.Payslips.Single(), result.Flags);
    }

    private static Func<Period, PayCalc.Rules.Compilation.CompiledPlan> PlanWithMethod(decimal bonus, int method)
    {
        var text = File.ReadAllText(NetPay.PlanPath)
            .Replace("    amount: base_salary * annual_bonus_factor.OrZero(pa_rating) * month_ends_employed_this_year / annual_bonus_year_months", $"    amount: {bonus}")
            .Replace("1 = separate taxation (falls back to folding when the law no longer allows it), 2 = fold into wages, 3 = the cheaper one per agent.\n    values:\n      2025-01-01: 1",
                     $"1 = separate taxation (falls back to folding when the law no longer allows it), 2 = fold into wages, 3 = the cheaper one per agent.\n    values:\n      2025-01-01: {method}");
        var definition = PayCalc.Rules.Loading.PlanLoader.Parse(text, NetPay.PlanPath);
        Assert.Equal(method, definition.Parameters.OfType<ValueParameter>().Single(p => p.Name == "annual_bonus_tax_method").Values.Single().Value);
        return p => PayCalc.Rules.Compilation.PlanCompiler.Compile(definition, p);
    }

    [Fact]
    public void Bonus36000_Separately_Is1080_AndShowsTheFoldedCost()
    {
        var (slip, flags) = December2026(36000m);
        Assert.Equal(36000m, slip.Amount("annual_bonus"));
        Assert.Equal(-1080m, slip.Amount("annual_bonus_tax"));
        Assert.Equal(1m, slip.Amount("bonus_tax_method"));
        // Folded: December taxable before the bonus 10,000 - 5,000 - 1,550 = 3,450; with it 39,450 -> 1,425 - 103.50.
        Assert.Equal(1425m - 103.50m, slip.Amount("annual_bonus_tax_other"));
        Assert.Equal(-103.50m, slip.Amount("iit"));
        Assert.Equal(slip.Amount("taxable_income"), slip.Gross - 36000m);
        Assert.DoesNotContain(flags, f => f.Code == "bonus_dead_zone");
    }

    [Fact]
    public void CheaperMethod_PicksFoldingForASmallBonusOnALowWage()
    {
        var (slip, _) = December2026(3000m, method: 3, wage: 4000m);
        // Separate: 3,000 x 3 % = 90. Folded: 4,000 + 3,000 - 5,000 - (792.33 + 200) = 1,007.67 -> 30.23.
        Assert.Equal(2m, slip.Amount("bonus_tax_method"));
        Assert.Equal(-30.23m, slip.Amount("annual_bonus_tax"));
        Assert.Equal(90m, slip.Amount("annual_bonus_tax_other"));
    }

    [Fact]
    public void BonusInADeadZone_IsFlagged()
    {
        var (slip, flags) = December2026(38000m);
        Assert.Equal(-(38000m * 0.10m - 210m), slip.Amount("annual_bonus_tax"));
        var flag = Assert.Single(flags, f => f.Code == "bonus_dead_zone");
        Assert.Contains("36000", flag.Message);
    }

    [Fact]
    public void NoBonus_NoBonusTaxLines()
    {
        var slip = new NetPay().Month(December, [NetPay.Agent()]).Payslips.Single();
        Assert.Null(slip.Line("annual_bonus_tax"));
        Assert.Null(slip.Line("annual_bonus_tax_other"));
        Assert.Null(slip.Line("bonus_tax_method"));
    }
}
