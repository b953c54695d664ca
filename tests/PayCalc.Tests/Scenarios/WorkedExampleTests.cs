using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>reference-plan.md "Worked example (October 2026, W = 18)", line by line.</summary>
public class WorkedExampleTests
{
    private static readonly Domain.Payroll.Payslip Slip = Build.Run(
        [Build.Agent()],
        Build.WorkedExampleShifts(),
        [Build.Metrics()],
        [Build.Deal("D1", 50_000, 6), Build.Deal("D2", 30_000, 12), Build.Deal("D3", 20_000, 24)]).Payslips.Single();

    [Theory]
    [InlineData("W", 18)]
    [InlineData("E", 18)]
    [InlineData("f", 1)]
    [InlineData("h", 30)]
    [InlineData("Hn", 166)]
    [InlineData("Hh", 8)]
    [InlineData("OT", 22)]
    [InlineData("aht_score", 75)]
    [InlineData("quality", 87)]
    public void Variables_MatchTheReferencePlan(string code, double expected) =>
        Assert.Equal((decimal)expected, Slip.TraceValue(code));

    [Fact]
    public void Productivity_Is100x2600Over15x174() =>
        Assert.Equal(100m * 2600m / (15m * 174m), Slip.TraceValue("productivity"));

    [Theory]
    [InlineData("base_pay", "5220.00")]
    [InlineData("leave_deduction", "0.00")]
    [InlineData("overtime_pay", "990.00")]
    [InlineData("holiday_overtime_pay", "720.00")]
    [InlineData("night_allowance", "120.00")]
    [InlineData("installment_commission", "690.00")]
    [InlineData("kpi_score", "87.19")]
    [InlineData("kpi_coefficient", "1.00")]
    [InlineData("performance_pay", "800.00")]
    public void Lines_MatchTheReferencePlan(string code, string expected) =>
        Assert.Equal(decimal.Parse(expected), Slip.Amount(code));

    [Fact]
    public void GrossBeforePkAward_Is8540() =>
        Assert.Equal(8540.00m, Slip.Gross - Slip.Amount("pk_award"));

    [Fact]
    public void PkAward_AloneInTeam_IsFirstPlace300() => Assert.Equal(300m, Slip.Amount("pk_award"));

    [Fact]
    public void BasePay_ExplainsWithTheValuesUsed()
    {
        var line = Slip.Line("base_pay")!;
        Assert.Equal("base_salary * (probation_pay_rate * Ep + Er) / W", line.Formula);
        Assert.Equal("5220 * (0.8 * 0 + 18) / 18", line.Explain);
    }
}
