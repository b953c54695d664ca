using PayCalc.Domain.Inputs;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>Each bank-card-center line at its edges (reference-plan.md), one table per line.</summary>
public class LineEdgeTests
{
    private static Domain.Payroll.Payslip One(Agent? agent = null, IEnumerable<Shift>? shifts = null, AgentMetrics? metrics = null,
        IEnumerable<Deal>? deals = null, IEnumerable<LeaveEntry>? leave = null) =>
        Build.Run([agent ?? Build.Agent()], shifts ?? Build.WorkedExampleShifts(), [metrics ?? Build.Metrics()], deals, leave).Payslips.Single();

    [Theory]
    [InlineData("16:00", "01:00", 0, "30")]   // 小夜班: 3 h inside 22-06
    [InlineData("20:00", "08:00", 60, "60")]  // 大夜班: 8 h, break not located
    [InlineData("22:00", "02:00", 0, "60")]   // exactly 4 h: full allowance
    [InlineData("22:01", "02:00", 0, "30")]   // just under 4 h
    [InlineData("02:00", "06:00", 0, "60")]   // window that began the evening before
    [InlineData("05:00", "09:00", 0, "30")]   // B1-style early start: 1 h
    [InlineData("07:15", "16:00", 0, "0")]    // 特早班
    [InlineData("18:00", "22:00", 0, "0")]    // ends exactly at 22:00
    [InlineData("06:00", "14:00", 0, "0")]    // starts exactly at 06:00
    public void NightAllowance_ByHoursInsideTheWindow(string start, string end, int breakMinutes, string expected)
    {
        var slip = One(shifts: [Build.Shift("2026-10-13", start, end, breakMinutes)]);
        Assert.Equal(decimal.Parse(expected), slip.Amount("night_allowance"));
    }

    [Fact]
    public void NightShift_StartingOnTheLastDayOfTheMonth_BelongsWhollyToThatMonth()
    {
        var slip = One(shifts: [Build.Shift("2026-10-31", "20:00", "08:00", 60)]);
        Assert.Equal(60m, slip.Amount("night_allowance"));
        Assert.Equal(11m, slip.TraceValue("Hn"));
    }

    [Fact]
    public void SplitShift_CountsBothParts()
    {
        var slip = One(shifts: [Build.Shift("2026-10-13", "10:00", "14:00"), Build.Shift("2026-10-13", "18:00", "22:00")]);
        Assert.Equal(8m, slip.TraceValue("H"));
        Assert.Equal(0m, slip.Amount("night_allowance"));
    }

    [Theory]
    [InlineData(200_000, 12, "1920.00")]   // volume exactly at the threshold: x1.2
    [InlineData(199_900, 12, "1599.20")]   // just below: no accelerator
    [InlineData(10_000, 3, "30.00")]
    [InlineData(10_000, 24, "100.00")]
    public void InstallmentCommission_AcceleratorFrom200000(decimal amount, int term, string expected) =>
        Assert.Equal(decimal.Parse(expected), One(deals: [Build.Deal("D1", amount, term)]).Amount("installment_commission"));

    [Fact]
    public void DealCancelledInItsBookingMonth_EarnsNothingAndLeavesTheVolume()
    {
        var slip = One(deals: [Build.Deal("D1", 150_000, 12), Build.Deal("D2", 60_000, 12, cancelled: "2026-10-20")]);
        Assert.Equal(150_000m, slip.TraceValue("sales_volume"));
        Assert.Equal(1200.00m, slip.Amount("installment_commission"));
    }

    [Theory]
    [InlineData(150, 100)]
    [InlineData(185, 100)]
    [InlineData(215, 50)]
    [InlineData(245, 0)]
    [InlineData(260, 0)]
    public void AhtScore_ClampedBetween185And245(decimal aht, decimal expected) =>
        Assert.Equal(expected, One(metrics: Build.Metrics(aht: aht)).TraceValue("aht_score"));

    // With aht 185 (100) and 2,610 calls over 174 h (100), kpi = 60 + 0.4 * quality.
    [Theory]
    [InlineData(2610, "75", "90.00", "1.2")]
    [InlineData(2610, "74.975", "89.99", "1.0")]
    [InlineData(2610, "50", "80.00", "1.0")]
    [InlineData(2610, "49.975", "79.99", "0.6")]
    [InlineData(2610, "0", "60.00", "0.6")]
    [InlineData(2609, "0", "59.99", "0")]
    public void KpiCoefficient_AtScoreBoundaries(decimal calls, string qa, string score, string coefficient)
    {
        var slip = One(metrics: Build.Metrics(aht: 185, calls: calls, qa: decimal.Parse(qa), noncritical: 0));
        Assert.Equal(decimal.Parse(score), slip.Amount("kpi_score"));
        Assert.Equal(decimal.Parse(coefficient), slip.Amount("kpi_coefficient"));
    }

    [Fact]
    public void CriticalError_ZeroesCoefficientAndPerformancePay()
    {
        var slip = One(metrics: Build.Metrics(critical: 1));
        Assert.Equal(0m, slip.Amount("kpi_coefficient"));
        Assert.Equal(0m, slip.Amount("performance_pay"));
        Assert.Equal(0m, slip.Amount("pk_award"));
    }

    [Fact]
    public void PkAward_TiesSharePlaceAndSkipTheNext_PerTeam()
    {
        // Scores: quality drives them (aht 185, 2,610 calls): 60 + 0.4 * qa.
        var agents = new[] { "A1", "A2", "A3", "A4", "A5", "B1" }.Select(id => Build.Agent(id, team: id[..1])).ToList();
        var shifts = agents.SelectMany(a => Build.WorkedExampleShifts(a.AgentId)).ToList();
        var metrics = new[]
        {
            Build.Metrics("A1", 185, 2610, 75, 0), Build.Metrics("A2", 185, 2610, 75, 0), Build.Metrics("A3", 185, 2610, 60, 0),
            Build.Metrics("A4", 185, 2610, 50, 0), Build.Metrics("A5", 185, 2610, 100, 0, critical: 1), Build.Metrics("B1", 185, 2610, 10, 0),
        };
        var result = Build.Run(agents, shifts, metrics);
        var award = result.Payslips.ToDictionary(p => p.AgentId, p => p.Amount("pk_award"));
        Assert.Equal(300m, award["A1"]);
        Assert.Equal(300m, award["A2"]);
        Assert.Equal(100m, award["A3"]);  // place 3: place 2 is skipped
        Assert.Equal(0m, award["A4"]);    // place 4
        Assert.Equal(0m, award["A5"]);    // critical error: not ranked
        Assert.Equal(300m, award["B1"]);  // alone in team B
    }

    [Theory]
    // Fewer hours with the same 2,600 calls cap productivity at 120: score >= 90, coefficient 1.2.
    [InlineData("2026-10-19", null, null, "2900.00", "533.33")]          // hired mid-month: 10 of 18 days, 800 x 1.2 x 10/18
    [InlineData("2025-03-01", "2026-10-16", null, "4756.00", "444.44")]  // probation ends mid-month: 8 days at 80 %
    [InlineData("2025-03-01", null, "2026-10-16", "2320.00", "426.67")]  // terminated mid-month: 8 days, 800 x 1.2 x 8/18
    [InlineData("2026-09-01", "2026-11-30", null, "4176.00", "0.00")]    // whole month on probation
    [InlineData("2026-10-05", null, "2026-10-07", "0.00", "0.00")]      // employed only on holiday rest days
    public void BaseAndPerformancePay_ProratedByEmployedWorkingDays(string hired, string? probationEnd, string? terminated, string basePay, string performance)
    {
        var agent = Build.Agent(hired: hired, probationEnd: probationEnd, terminated: terminated);
        var shifts = Build.WorkedExampleShifts().Where(s => agent.IsEmployedOn(s.Date));
        var slip = One(agent, shifts);
        Assert.Equal(decimal.Parse(basePay), slip.Amount("base_pay"));
        Assert.Equal(decimal.Parse(performance), slip.Amount("performance_pay"));
    }

    [Fact]
    public void NoEmployedWorkingDay_OnProbation_HourlyWageUses80Percent()
    {
        var slip = One(Build.Agent(hired: "2026-10-05", probationEnd: "2026-12-31", terminated: "2026-10-07"), shifts: [Build.Shift("2026-10-05", "09:00", "17:00")]);
        Assert.Equal(0.8m, slip.TraceValue("f"));
        Assert.Equal(5220m * 0.8m / 174m * 8m * 1.5m is var v ? decimal.Round(v, 2, MidpointRounding.AwayFromZero) : 0, slip.Amount("overtime_pay"));
    }

    [Fact]
    public void PersonalLeave_IsDeductedAndLowersTheOvertimeThreshold()
    {
        var shifts = Build.WorkedExampleShifts().Where(s => s.Date != new DateOnly(2026, 10, 13)).ToList();
        var slip = One(shifts: shifts, leave: [Build.Leave("2026-10-13", LeaveType.Personal, 8)]);
        Assert.Equal(-240.00m, slip.Amount("leave_deduction"));
        Assert.Equal(22m, slip.TraceValue("OT"));  // 158 h on non-holiday dates - (144 - 8)
    }

    [Theory]
    [InlineData(LeaveType.Annual)]
    [InlineData(LeaveType.Sick)]
    public void PaidLeave_IsNotDeducted(LeaveType type) =>
        Assert.Equal(0m, One(leave: [Build.Leave("2026-10-13", type, 8)]).Amount("leave_deduction"));

    [Fact]
    public void OvertimeOver36Hours_IsFlagged()
    {
        using var _ = UiCulture.Use("en");
        var shifts = Build.WorkedExampleShifts().Concat(
            new[] { "2026-10-24", "2026-10-25", "2026-10-31" }.Select(d => Build.Shift(d, "08:00", "14:00"))).ToList();
        var result = Build.Run([Build.Agent()], shifts, [Build.Metrics()]);
        var flag = Assert.Single(result.Flags);
        Assert.Equal("overtime_over_36h", flag.Code);
        Assert.Contains("overtime 40 h", flag.Message);
    }

    [Fact]
    public void SameInputs_GiveIdenticalPayslips()
    {
        var a = One();
        var b = One();
        Assert.Equal(a.Lines.Select(l => (l.Code, l.Amount, l.Explain)), b.Lines.Select(l => (l.Code, l.Amount, l.Explain)));
    }
}
