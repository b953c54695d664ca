using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// annual_bonus (reference-plan.md): in December, employed on 31 Dec: B x factor(pa_rating) x n / 12, factor
/// A 2.0, B 1.5, C 1.0, D 0; n = months of the year employed on the month's last day (from hire/termination dates).
/// </summary>
public class AnnualBonusTests
{
    private static readonly Period December = new(2026, 12);

    private static (Domain.Payroll.Payslip Slip, IReadOnlyList<Domain.Payroll.PayrollFlag> Flags) December2026(Agent agent, string? rating)
    {
        var metrics = Build.Metrics(agent.AgentId, period: December) with
        {
            Texts = rating is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["pa_rating"] = rating },
        };
        var result = new NetPay().Month(December, [agent], metrics: [metrics]);
        return (result.Payslips.Single(), result.Flags);
    }

    [Theory]
    [InlineData("A", 20000)]
    [InlineData("B", 15000)]
    [InlineData("C", 10000)]
    [InlineData("D", 0)]
    public void WholeYear_BaseTimesFactor(string rating, decimal expected)
    {
        var (slip, flags) = December2026(NetPay.Agent(baseSalary: 10000m), rating);
        Assert.Equal(expected, slip.Amount("annual_bonus"));
        Assert.DoesNotContain(flags, f => f.Code == "pa_rating_missing");
        // Taxed on its own: not in the month's taxable wage income.
        Assert.DoesNotContain("annual_bonus", slip.Line("taxable_income")!.Formula);
        if (expected > 0) Assert.True(slip.Amount("annual_bonus_tax") < 0);
    }

    [Theory]
    [InlineData("2026-03-15", 10, 12500)]  // employed at the end of March..December
    [InlineData("2026-03-31", 10, 12500)]  // hired on the last day of March: March counts
    [InlineData("2026-04-01", 9, 11250)]
    [InlineData("2026-12-01", 1, 1250)]
    public void HiredDuringTheYear_CountsMonthEndsEmployed(string hired, int n, decimal expected)
    {
        var (slip, _) = December2026(NetPay.Agent(baseSalary: 10000m, hired: hired), "B");
        Assert.Equal(10000m * 1.5m * n / 12, expected);
        Assert.Equal(expected, slip.Amount("annual_bonus"));
    }

    [Fact]
    public void LeftBefore31December_NoBonus()
    {
        var (slip, _) = December2026(NetPay.Agent(baseSalary: 10000m, terminated: "2026-12-30"), "A");
        Assert.Null(slip.Line("annual_bonus"));
        Assert.Null(slip.Line("annual_bonus_tax"));
    }

    [Fact]
    public void OnProbation_StillEligible()
    {
        // The reference plan's only condition is employment on 31 Dec.
        var (slip, _) = December2026(NetPay.Agent(baseSalary: 10000m, hired: "2026-11-01", probationEnd: "2027-01-31"), "C");
        Assert.Equal(Money.Round(10000m * 1.0m * 2 / 12), slip.Amount("annual_bonus"));
        Assert.Equal(1666.67m, slip.Amount("annual_bonus"));
    }

    [Fact]
    public void NoRating_NoBonusAndAnException()
    {
        var (slip, flags) = December2026(NetPay.Agent(baseSalary: 10000m), null);
        Assert.Equal(0m, slip.Amount("annual_bonus"));
        Assert.Single(flags, f => f.Code == "pa_rating_missing" && f.AgentId == "A001");
    }

    [Fact]
    public void NotDecember_NoLine()
    {
        var slip = new NetPay().Month(new Period(2026, 11), [NetPay.Agent()]).Payslips.Single();
        Assert.Null(slip.Line("annual_bonus"));
    }
}
