using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>statutory-cn.md sections 2, 6 and 7: minimum-wage top-up by city, probation checks, the damage cap.</summary>
public class MinimumWageAndDeductionTests
{
    private static readonly Period October = new(2026, 10);

    [Fact]
    public void Shanghai_ExcludesOwnContributions_AndTopsUp()
    {
        var result = new NetPay().Month(October, [NetPay.Agent(baseSalary: 2800m)]);
        var slip = result.Payslips.Single();
        // 2,800 - (792.33 social insurance + 196 housing fund) = 1,811.67 < 2,740.
        Assert.Equal(1811.67m, slip.TraceValue("min_wage_tested_pay"));
        Assert.Equal(928.33m, slip.Amount("min_wage_topup"));
        Assert.Contains(result.Flags, f => f.Code == "min_wage_topup" && f.Message.Contains("shanghai"));
    }

    [Fact]
    public void Guangzhou_DoesNotExcludeOwnContributions()
    {
        var result = new NetPay().Month(October, [NetPay.Agent(baseSalary: 2800m, city: "guangzhou")]);
        Assert.Equal(0m, result.Payslips.Single().Amount("min_wage_topup"));
        Assert.DoesNotContain(result.Flags, f => f.Code == "min_wage_topup");
    }

    [Fact]
    public void PartialMonth_ProratesTheMinimumByEmployedWorkingDays()
    {
        // Leaves on Fri 16 Oct: employed working days 8, 9, 10 (adjusted Saturday), 12-16 = 8 of 18.
        var slip = new NetPay().Month(October, [NetPay.Agent(baseSalary: 2800m, terminated: "2026-10-16")]).Payslips.Single();
        Assert.Equal(8m, slip.TraceValue("E"));
        Assert.Equal(2740m * 8 / 18, slip.TraceValue("min_wage_due"));
        Assert.Equal(Money.Round(2740m * 8 / 18 - (Money.Round(2800m * 8 / 18) - 988.33m)), slip.Amount("min_wage_topup"));
    }

    [Fact]
    public void TopUp_IsTaxableIncome()
    {
        var slip = new NetPay().Month(October, [NetPay.Agent(baseSalary: 2800m)]).Payslips.Single();
        Assert.Equal(slip.Gross - slip.Amount("annual_bonus"), slip.Amount("taxable_income"));
    }

    [Theory]
    [InlineData(12, "2026-03-31", true)]   // 1-3 year contract allows 2 months; 3 months given
    [InlineData(36, "2026-03-31", false)]  // 3 years allows 6
    [InlineData(6, "2026-01-31", false)]   // 3 months-1 year allows 1
    [InlineData(6, "2026-02-01", true)]    // one day over
    [InlineData(1200, "2026-06-30", false)] // open-ended allows 6
    public void Probation_LongerThanArt19Allows_IsFlagged(int contractMonths, string probationEnd, bool flagged)
    {
        var agent = NetPay.Agent(baseSalary: 8000m, hired: "2026-01-01", probationEnd: probationEnd, contractMonths: contractMonths);
        var result = new NetPay().Month(new Period(2026, 1), [agent]);
        Assert.Equal(flagged, result.Flags.Any(f => f.Code == "probation_too_long"));
    }

    [Fact]
    public void Probation_WithoutContractTerm_IsNotChecked()
    {
        var agent = NetPay.Agent(baseSalary: 8000m, hired: "2026-01-01", probationEnd: "2026-12-31");
        Assert.DoesNotContain(new NetPay().Month(new Period(2026, 1), [agent]).Flags, f => f.Code == "probation_too_long");
    }

    [Theory]
    [InlineData(3400, true)]   // 80 % = 2,720 < 2,740
    [InlineData(3425, false)]  // 80 % = 2,740
    public void ProbationPay_BelowTheMinimumWage_IsFlagged(int baseSalary, bool flagged)
    {
        var agent = NetPay.Agent(baseSalary: baseSalary, hired: "2026-09-01", probationEnd: "2026-11-30");
        Assert.Equal(flagged, new NetPay().Month(October, [agent]).Flags.Any(f => f.Code == "probation_pay_below_minimum"));
    }

    [Fact]
    public void Damage_CappedAt20Percent_RemainderCarriesToNextMonth()
    {
        var run = new NetPay();
        var agent = NetPay.Agent(baseSalary: 10000m);
        AgentMetrics Claim(Period p, decimal amount) => new()
        {
            AgentId = "A001", Period = p, Numbers = new Dictionary<string, decimal> { ["damage_claim"] = amount },
        };
        var october = run.Month(October, [agent], metrics: [Claim(October, 3000m)]);
        var november = run.Month(new Period(2026, 11), [agent], metrics: [Claim(new Period(2026, 11), 0m)]);

        // With metrics and no critical error the agent wins the PK (300): wage 10,300, cap 2,060.
        Assert.Equal(-2060m, october.Payslips.Single().Amount("damage_deduction"));
        Assert.Contains(october.Flags, f => f.Code == "damage_deduction_capped");
        Assert.Equal(940m, november.Payslips.Single().TraceValue("damage_outstanding"));
        Assert.Equal(-940m, november.Payslips.Single().Amount("damage_deduction"));
        Assert.DoesNotContain(november.Flags, f => f.Code == "damage_deduction_capped");
    }

    [Fact]
    public void Damage_NeverLeavesLessThanTheMinimumWage()
    {
        AgentMetrics claim = new() { AgentId = "A001", Period = October, Numbers = new Dictionary<string, decimal> { ["damage_claim"] = 5000m } };
        var slip = new NetPay().Month(October, [NetPay.Agent(baseSalary: 2800m, city: "guangzhou")], metrics: [claim]).Payslips.Single();
        // Wage 2,800 + PK 300 = 3,100: 20 % is 620, but only 3,100 - 2,500 = 600 may go.
        Assert.Equal(3100m, slip.Amount("taxable_income"));
        Assert.Equal(-600m, slip.Amount("damage_deduction"));
    }

    [Fact]
    public void HousingFundRate_OutsideTheCityRange_IsFlagged()
    {
        var result = new NetPay().Month(October, [NetPay.Agent(hfRate: 0.12m), NetPay.Agent("A002", hfRate: 0.12m, city: "beijing")]);
        Assert.Equal(["A001"], result.Flags.Where(f => f.Code == "housing_fund_rate_out_of_range").Select(f => f.AgentId));
    }
}
