using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// statutory-cn.md section 4, the official cumulative-withholding examples, through the bank-card-center plan
/// month by month (earlier months from the history, as the CLI reads them from the database). Special deductions
/// of 1,500 / 4,500 are own contributions on a declared base equal to the wage with a 4.5 % housing-fund rate
/// (10.5 % social insurance + 4.5 % = 15 %).
/// </summary>
public class IncomeTaxExampleTests
{
    private static readonly Period[] FirstQuarter = [new(2026, 1), new(2026, 2), new(2026, 3)];

    [Theory]
    [InlineData(10000, 1000, new[] { 75.0, 75.0, 75.0 })]
    [InlineData(30000, 2000, new[] { 555.0, 625.0, 1850.0 })]
    public void OfficialExample_WithholdsMonthByMonth(decimal wage, decimal additional, double[] expected)
    {
        var run = new NetPay();
        var agent = NetPay.Agent(baseSalary: wage, contributionBase: wage, hfRate: 0.045m, additional: additional);
        var withheld = FirstQuarter.Select(p => run.Month(p, [agent]).Payslips.Single()).ToList();

        Assert.All(withheld, s => Assert.Equal(wage * 0.15m, -(s.Amount("pension") + s.Amount("medical") + s.Amount("unemployment") + s.Amount("housing_fund"))));
        Assert.Equal(expected.Select(e => -(decimal)e), withheld.Select(s => s.Amount("iit")));
    }

    [Fact]
    public void ThirdMonth_ExplainsTheCumulativeSteps()
    {
        var run = new NetPay();
        var agent = NetPay.Agent(baseSalary: 30000m, contributionBase: 30000m, hfRate: 0.045m, additional: 2000m);
        var march = FirstQuarter.Select(p => run.Month(p, [agent]).Payslips.Single()).ToList()[^1];

        Assert.Equal(90000m, march.TraceValue("cumulative_income"));
        Assert.Equal(15000m, march.TraceValue("basic_deduction"));
        Assert.Equal(13500m, march.TraceValue("cumulative_special_deductions"));
        Assert.Equal(6000m, march.TraceValue("cumulative_additional_deductions"));
        Assert.Equal(55500m, march.TraceValue("cumulative_taxable"));
        Assert.Equal(0.10m, march.TraceValue("iit_rate"));
        Assert.Equal(2520m, march.TraceValue("iit_quick_deduction"));
        Assert.Equal(3030m, march.TraceValue("cumulative_tax"));
        Assert.Equal("-Math.Max(0, 3030 - 1180)", march.Line("iit")!.Explain);
    }

    [Fact]
    public void LowerWageLaterInTheYear_WithholdsZero_NeverARefund()
    {
        var run = new NetPay();
        var january = run.Month(new Period(2026, 1), [NetPay.Agent(baseSalary: 40000m)]).Payslips.Single();
        var february = run.Month(new Period(2026, 2), [NetPay.Agent(baseSalary: 3000m)]).Payslips.Single();

        Assert.True(february.TraceValue("cumulative_tax") < -january.Amount("iit"));
        Assert.Equal(0m, february.Amount("iit"));
    }

    [Fact]
    public void OpeningBalance_CountsItsMonthsIncomeDeductionsAndTax()
    {
        var october = new Period(2026, 10);
        var ytd = new YtdBalance { AgentId = "A001", Year = 2026, Months = 9, Income = 90000m, SpecialDeductions = 9000m, AdditionalDeductions = 0m, TaxWithheld = 1080m };
        var slip = new NetPay().Month(october, [NetPay.Agent(baseSalary: 10000m, contributionBase: 10000m, hfRate: 0.05m)], [ytd]).Payslips.Single();

        // 100,000 - 50,000 - (9,000 + 1,550) = 39,450 -> 39,450 x 10 % - 2,520 = 1,425 - 1,080 withheld = 345.
        Assert.Equal(10m, slip.TraceValue("months_counted"));
        Assert.Equal(39450m, slip.TraceValue("cumulative_taxable"));
        Assert.Equal(-345m, slip.Amount("iit"));
    }

    [Fact]
    public void OpeningBalance_OfAnotherYear_IsIgnored()
    {
        var ytd = new YtdBalance { AgentId = "A001", Year = 2025, Months = 9, Income = 90000m, SpecialDeductions = 0m, AdditionalDeductions = 0m, TaxWithheld = 0m };
        var slip = new NetPay().Month(new Period(2026, 10), [NetPay.Agent()], [ytd]).Payslips.Single();
        Assert.Equal(1m, slip.TraceValue("months_counted"));
    }

    [Fact]
    public void Sta2020No13_FirstIncomeOfYear_DeductsFromJanuary()
    {
        var october = new Period(2026, 10);
        var agent = NetPay.Agent(baseSalary: 20000m, contributionBase: 20000m, hfRate: 0.05m, hired: "2026-10-01");
        var plain = new NetPay().Month(october, [agent]).Payslips.Single();
        var flagged = new NetPay().Month(october, [agent with { FirstWageIncomeOfYear = true }]).Payslips.Single();

        Assert.Equal(5000m, plain.TraceValue("basic_deduction"));
        Assert.Equal(50000m, flagged.TraceValue("basic_deduction"));
        Assert.Equal(-11900m * 0.03m, plain.Amount("iit")); // 20,000 - 5,000 - 3,100 own contributions (10.5 % + 5 %)
        Assert.Equal(0m, flagged.Amount("iit"));
    }

    [Fact]
    public void Sta2020No19_PriorYearLowIncome_Deducts60000FromJanuary()
    {
        var january = new Period(2026, 1);
        var slip = new NetPay().Month(january, [NetPay.Agent(baseSalary: 20000m, lowIncome: true)]).Payslips.Single();
        Assert.Equal(60000m, slip.TraceValue("basic_deduction"));
        Assert.Equal(0m, slip.Amount("iit"));
    }
}
