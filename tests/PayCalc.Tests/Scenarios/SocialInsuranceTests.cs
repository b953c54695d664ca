using PayCalc.Domain;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>statutory-cn.md section 3: bases clamped per city and contribution year (July-June), city rounding,
/// Beijing's fixed medical amount, employer contributions outside net pay.</summary>
public class SocialInsuranceTests
{
    private static Domain.Payroll.Payslip Slip(Period period, Domain.Inputs.Agent agent) => new NetPay().Month(period, [agent]).Payslips.Single();

    [Fact]
    public void ShanghaiJuly2026_OfficialExample()
    {
        var slip = Slip(new Period(2026, 7), NetPay.Agent(baseSalary: 6000m, contributionBase: 6000m, hfRate: 0.07m));
        Assert.Equal(7546m, slip.TraceValue("si_base"));
        Assert.Equal(-603.68m, slip.Amount("pension"));
        Assert.Equal(-150.92m, slip.Amount("medical"));
        Assert.Equal(-37.73m, slip.Amount("unemployment"));
        Assert.Equal(-792.33m, slip.Amount("pension") + slip.Amount("medical") + slip.Amount("unemployment"));
        Assert.Equal(-420m, slip.Amount("housing_fund"));
    }

    [Theory]
    [InlineData(2026, 6, 7460, 37302, 2690)]
    [InlineData(2026, 7, 7546, 37731, 2740)]
    [InlineData(2026, 10, 7546, 37731, 2740)]
    public void ContributionYear_SwitchesInJuly(int year, int month, int floor, int ceiling, int hfFloor)
    {
        var low = Slip(new Period(year, month), NetPay.Agent(contributionBase: 1000m));
        var high = Slip(new Period(year, month), NetPay.Agent(contributionBase: 100000m));
        Assert.Equal(floor, low.TraceValue("si_base"));
        Assert.Equal(hfFloor, low.TraceValue("hf_base"));
        Assert.Equal(ceiling, high.TraceValue("si_base"));
        Assert.Equal(ceiling, high.TraceValue("hf_base"));
        Assert.Equal(-Money.Round(ceiling * 0.08m), high.Amount("pension"));
    }

    [Theory]
    [InlineData(37731, 0.07, -2641)]   // 2,641.17 -> whole yuan
    [InlineData(2750, 0.07, -193)]     // 192.50 -> half up to 193
    [InlineData(6010, 0.05, -301)]     // 300.50 -> 301
    public void ShanghaiHousingFund_RoundsToTheWholeYuanHalfUp(int baseAmount, double rate, int expected)
    {
        var slip = Slip(new Period(2026, 10), NetPay.Agent(contributionBase: baseAmount, hfRate: (decimal)rate));
        Assert.Equal(expected, slip.Amount("housing_fund"));
        Assert.Equal(-expected, slip.Amount("employer_housing_fund"));
    }

    [Fact]
    public void DeclaredBaseMissing_UsesBaseSalary()
    {
        var slip = Slip(new Period(2026, 10), NetPay.Agent(baseSalary: 9000m));
        Assert.Equal(9000m, slip.TraceValue("si_base"));
        Assert.Equal(-630m, slip.Amount("housing_fund")); // default 7 %
    }

    [Fact]
    public void Beijing_AddsTheFixedMedicalAmount_AndRoundsHousingFundToTheFen()
    {
        var slip = Slip(new Period(2026, 10), NetPay.Agent(contributionBase: 10001m, hfRate: 0.12m, city: "beijing"));
        Assert.Equal(-800.08m, slip.Amount("pension"));
        Assert.Equal(-(200.02m + 3m), slip.Amount("medical"));
        Assert.Equal(-50.01m, slip.Amount("unemployment"));
        Assert.Equal(-1200.12m, slip.Amount("housing_fund"));
    }

    [Theory]
    [InlineData("beijing", 2026, 6, 7162, 35811)]
    [InlineData("beijing", 2026, 7, 7270, 36348)]
    [InlineData("北京", 2026, 7, 7270, 36348)]
    [InlineData("guangzhou", 2026, 10, 5284, 27501)]
    [InlineData("shenzhen", 2026, 10, 4775, 27501)]
    public void EveryCityProfile_LoadsAndClamps(string city, int year, int month, int floor, int ceiling)
    {
        Assert.Equal(floor, Slip(new Period(year, month), NetPay.Agent(contributionBase: 100m, city: city)).TraceValue("si_base"));
        Assert.Equal(ceiling, Slip(new Period(year, month), NetPay.Agent(contributionBase: 900000m, city: city)).TraceValue("si_base"));
    }

    [Theory]
    [InlineData("guangzhou")]
    [InlineData("shenzhen")]
    public void Guangdong_Unemployment0Point2Percent(string city)
    {
        var slip = Slip(new Period(2026, 10), NetPay.Agent(contributionBase: 10000m, city: city));
        Assert.Equal(-20m, slip.Amount("unemployment"));
        Assert.Equal(-200m, slip.Amount("medical"));
    }

    [Fact]
    public void UnknownCity_StopsTheComputationNamingTheAgent()
    {
        var ex = Assert.Throws<PayCalc.Rules.Runtime.ComputeFailedException>(() => Slip(new Period(2026, 10), NetPay.Agent(city: "hangzhou")));
        Assert.Contains(ex.Errors, e => e.AgentId == "A001" && e.Message.Contains("hangzhou"));
    }

    [Fact]
    public void EmployerLines_AreCostNotNet()
    {
        var slip = Slip(new Period(2026, 10), NetPay.Agent(baseSalary: 10000m, contributionBase: 10000m, hfRate: 0.07m));
        var employer = slip.Amount("employer_pension") + slip.Amount("employer_medical") + slip.Amount("employer_unemployment")
            + slip.Amount("employer_injury") + slip.Amount("employer_housing_fund");
        Assert.Equal(1600m + 900m + 50m + 20m + 700m, employer);
        Assert.Equal(slip.Gross + employer, slip.EmployerCost);
        Assert.Equal(slip.Gross + slip.Amount("pension") + slip.Amount("medical") + slip.Amount("unemployment")
            + slip.Amount("housing_fund") + slip.Amount("iit"), slip.Net);
    }
}
