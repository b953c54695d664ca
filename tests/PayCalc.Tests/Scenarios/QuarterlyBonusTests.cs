using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// quarterly_bonus (reference-plan.md): in the quarter's last month, employed and past probation on its last day:
/// 1500 x (c1 + c2 + c3) / 3 x max(0, 1 - 0.5 K), with earlier months' coefficients and critical errors as stored.
/// One 8 h shift and 120 calls give productivity 100; AHT 185 s / 215 s / 245 s then give the coefficients 1.2 / 1.0 / 0.6.
/// </summary>
public class QuarterlyBonusTests
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11), December = new(2026, 12);

    private static readonly Dictionary<decimal, decimal> AhtFor = new() { [1.2m] = 185m, [1.0m] = 215m, [0.6m] = 245m };

    private static readonly Dictionary<Period, string> Workday = new() { [new Period(2026, 9)] = "2026-09-10", [October] = "2026-10-09", [November] = "2026-11-10", [December] = "2026-12-10" };

    private static AgentMetrics Metrics(Period p, decimal coefficient, decimal critical = 0, string agent = "A001") =>
        Build.Metrics(agent, aht: AhtFor[coefficient], calls: 120, qa: 100, noncritical: 0, critical: critical, period: p);

    private static Domain.Payroll.Payslip Month(NetPay run, Period p, Agent agent, decimal coefficient, decimal critical = 0) =>
        run.Month(p, [agent], metrics: [Metrics(p, coefficient, critical, agent.AgentId)],
            shifts: [Build.Shift(Workday[p], "09:00", "18:00", 60, agent.AgentId)]).Payslips.Single();

    private static Domain.Payroll.Payslip Quarter(Agent agent, decimal c1, decimal c2, decimal c3, decimal k1 = 0, decimal k2 = 0, decimal k3 = 0)
    {
        var run = new NetPay();
        var october = Month(run, October, agent, c1, k1);
        Assert.Equal(k1 > 0 ? 0 : c1, october.Amount("kpi_coefficient"));
        var november = Month(run, November, agent, c2, k2);
        Assert.Null(november.Line("quarterly_bonus"));
        return Month(run, December, agent, c3, k3);
    }

    [Fact]
    public void FullQuarter_AveragesTheThreeCoefficients()
    {
        var december = Quarter(NetPay.Agent(), 1.2m, 1.0m, 0.6m);
        Assert.Equal(1500m * (1.2m + 1.0m + 0.6m) / 3, december.Amount("quarterly_bonus"));
        Assert.Equal(1400m, december.Amount("quarterly_bonus"));
        Assert.Equal(2.8m, december.TraceValue("quarter_coefficients"));
        // The earlier months' sum is kept with the payslip, so explain can show "2.2 + 0.6".
        Assert.Equal("2.2", december.Facts.Single(f => f.Name == "coefficients_earlier_in_quarter").Value);
        // The quarterly bonus is taxable wage income of December.
        Assert.Contains(" + quarterly_bonus", december.Line("taxable_income")!.Formula);
    }

    [Theory]
    [InlineData(0, 1, 0, 450)]    // one critical error in November: c2 = 0 and the bonus is halved: 1500 x 1.8 / 3 x 0.5
    [InlineData(1, 0, 1, 0)]      // K = 2: max(0, 1 - 1) = 0
    [InlineData(0, 0, 3, 0)]      // K = 3 never makes the bonus negative
    public void CriticalErrorsInTheQuarter_CutTheBonus(int k1, int k2, int k3, decimal expected)
    {
        var december = Quarter(NetPay.Agent(), 1.2m, 1.0m, 0.6m, k1, k2, k3);
        Assert.Equal(k1 + k2 + k3, december.TraceValue("quarter_critical_errors"));
        Assert.Equal(expected, december.Amount("quarterly_bonus"));
    }

    [Fact]
    public void HiredMidQuarter_MonthsWithoutPayslipCountZero()
    {
        var agent = NetPay.Agent(hired: "2026-11-16");
        var run = new NetPay();
        Month(run, November, agent, 1.0m);
        var december = Month(run, December, agent, 1.2m);
        Assert.Equal(1500m * (0 + 1.0m + 1.2m) / 3, december.Amount("quarterly_bonus"));
        Assert.Equal(1100m, december.Amount("quarterly_bonus"));
    }

    [Theory]
    [InlineData("2026-12-31", false)] // on probation on the last day of M: not eligible
    [InlineData("2026-12-30", true)]  // probation ended the day before: eligible
    public void Probation_OnTheLastDay_NoBonus(string probationEnd, bool paid)
    {
        var december = Quarter(NetPay.Agent(hired: "2026-07-01", probationEnd: probationEnd), 1.2m, 1.2m, 1.2m);
        if (paid) Assert.Equal(1800m, december.Amount("quarterly_bonus"));
        else Assert.Null(december.Line("quarterly_bonus"));
    }

    [Theory]
    [InlineData("2026-12-30", false)] // left before the last day of M
    [InlineData("2026-12-31", true)]  // employed on 31 Dec (inclusive termination date)
    public void Termination_BeforeTheLastDay_NoBonus(string terminated, bool paid)
    {
        var december = Quarter(NetPay.Agent(terminated: terminated), 1.0m, 1.0m, 1.0m);
        if (paid) Assert.Equal(1500m, december.Amount("quarterly_bonus"));
        else Assert.Null(december.Line("quarterly_bonus"));
    }

    [Fact]
    public void OutsideAQuarterEnd_NoLine()
    {
        var run = new NetPay();
        Assert.Null(Month(run, October, NetPay.Agent(), 1.2m).Line("quarterly_bonus"));
        Assert.Null(Month(run, November, NetPay.Agent(), 1.2m).Line("quarterly_bonus"));
    }

    [Fact]
    public void PreviousQuartersMonths_DoNotCount()
    {
        var run = new NetPay();
        Month(run, new Period(2026, 9), NetPay.Agent(), 1.2m, 5);
        var october = Month(run, October, NetPay.Agent(), 0.6m);
        Assert.Null(october.Line("quarterly_bonus"));
        Month(run, November, NetPay.Agent(), 0.6m);
        var december = Month(run, December, NetPay.Agent(), 0.6m);
        Assert.Equal(900m, december.Amount("quarterly_bonus"));
    }
}
