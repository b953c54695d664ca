using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// Finance's checks (rules/checks, issue 13): each plants its situation in a month and a near miss beside it, and
/// finds exactly that exception, naming the agent. The night checks guard the plan's own numbers, so their situation
/// is planted in a copy of the plan whose allowance formula is off (a reform on a copy, never the shipped file).
/// </summary>
public class AuditCheckTests
{
    private static readonly Period August = new(2026, 8), September = new(2026, 9), October = new(2026, 10);

    private const string NightAllowance = "amount: shifts.Sum(s => night_allowance_per_shift.Tier(s.HoursInWindow(night_window_start, night_window_end)))";

    private static List<PayrollFlag> Raised(PayrollResult month, string code) => month.Flags.Where(f => f.Code == code).ToList();

    private static PayrollResult October2(IEnumerable<Agent> agents, IEnumerable<Shift>? shifts = null, IEnumerable<Deal>? deals = null,
        IEnumerable<LeaveEntry>? leave = null, CompiledPlan? plan = null) =>
        Build.Run(agents, shifts, agents.Select(a => Build.Metrics(a.AgentId)), deals, leave, plan);

    private static List<Shift> Worked(params string[] agents) => agents.SelectMany(a => Build.WorkedExampleShifts(a)).ToList();

    private static List<Shift> DayShifts(string agent) =>
        Build.October.Days().Where(Build.Calendar.IsWorkingDay).Select(d => Build.Shift(d.ToString("yyyy-MM-dd"), "09:00", "18:00", 60, agent)).ToList();

    [Fact]
    public void DealOnLeaveDay_IsRaisedForTheDealBookedThatDay()
    {
        using var _ = UiCulture.Use("en");
        var month = October2([Build.Agent("A001"), Build.Agent("A002")], Worked("A001", "A002"),
            deals: [Build.Deal("D1", 10000m, 12, "2026-10-15", agent: "A001"), Build.Deal("D2", 10000m, 12, "2026-10-15", agent: "A002")],
            // Near miss: A002's leave is the day after the deal.
            leave: [Build.Leave("2026-10-15", LeaveType.Personal, 8m, "A001"), Build.Leave("2026-10-16", LeaveType.Personal, 8m, "A002")]);

        var e = Assert.Single(Raised(month, "deal_on_leave_day"));
        Assert.Equal("A001", e.AgentId);
        Assert.Equal("deal D1 was booked on 2026-10-15, a day the agent was on leave", e.Message);
        Assert.Equal(FlagSeverity.Warning, e.Severity);
    }

    [Fact]
    public void DealOnLeaveDay_InChinese_ByDefault_ReadsTheChineseMessage()
    {
        using var _ = UiCulture.Use("zh-CN");
        var month = October2([Build.Agent("A001")], Worked("A001"),
            deals: [Build.Deal("D1", 10000m, 12, "2026-10-15", agent: "A001")],
            leave: [Build.Leave("2026-10-15", LeaveType.Personal, 8m, "A001")]);

        var e = Assert.Single(Raised(month, "deal_on_leave_day"));
        Assert.Equal("成交 D1 登记于 2026-10-15，当天该坐席在请假", e.Message);
    }

    [Fact]
    public void NightAllowanceWithoutNightShift_IsRaisedWhenTheAllowanceIsPaidForDayShifts()
    {
        using var _ = UiCulture.Use("en");
        // Off by one hour: every shift now earns an allowance.
        var plan = NetPay.PlanWith(NightAllowance, NightAllowance.Replace("night_window_end))", "night_window_end) + 1)"))(October);
        var month = October2([Build.Agent("A001"), Build.Agent("A002")], [.. DayShifts("A001"), .. Worked("A002")], plan: plan);

        var e = Assert.Single(Raised(month, "night_allowance_without_night_shift"));
        Assert.Equal("A001", e.AgentId);   // A002 worked night shifts: the allowance has a basis
        Assert.StartsWith("night allowance ", e.Message);
        Assert.Equal(FlagSeverity.Blocking, e.Severity);
    }

    [Fact]
    public void NightShiftWithoutAllowance_IsRaisedWhenNightHoursEarnNothing()
    {
        using var _ = UiCulture.Use("en");
        // Four hours short: a 3-hour night shift now earns nothing; 8-hour night shifts still do.
        var plan = NetPay.PlanWith(NightAllowance, NightAllowance.Replace("Tier(s.HoursInWindow(night_window_start, night_window_end))", "Tier(Math.Max(0, s.HoursInWindow(night_window_start, night_window_end) - 4))"))(October);
        var month = October2([Build.Agent("A001"), Build.Agent("A002"), Build.Agent("A003")],
            [.. DayShifts("A001"), Build.Shift("2026-10-13", "16:00", "01:00", 0, "A001"), .. DayShifts("A002"), .. Worked("A003")], plan: plan);

        var e = Assert.Single(Raised(month, "night_shift_without_allowance"));
        Assert.Equal("A001", e.AgentId);   // A002 has no night hours, A003 is paid for them
        Assert.Equal("shifts with hours in the night window, but no night allowance", e.Message);
    }

    [Fact]
    public void CommissionOverThreeTimesTheTeamMedian_IsRaisedAboveAndNotAtExactlyThreeTimes()
    {
        using var _ = UiCulture.Use("en");
        Agent In(string id, string team) => Build.Agent(id, team: team);
        // T1: 800 against a median of 80. T2 (near miss): 240 is exactly three times its median of 80.
        var month = October2([In("A001", "T1"), In("A002", "T1"), In("A003", "T1"), In("B001", "T2"), In("B002", "T2"), In("B003", "T2")],
            Worked("A001", "A002", "A003", "B001", "B002", "B003"),
            deals: [Build.Deal("D1", 100000m, 12, agent: "A001"), Build.Deal("D2", 10000m, 12, agent: "A002"), Build.Deal("D3", 10000m, 12, agent: "A003"),
                Build.Deal("D4", 30000m, 12, agent: "B001"), Build.Deal("D5", 10000m, 12, agent: "B002"), Build.Deal("D6", 10000m, 12, agent: "B003")]);

        var e = Assert.Single(Raised(month, "commission_over_team_median"));
        Assert.Equal("A001", e.AgentId);
        Assert.Equal("installment commission 800 is more than 3 times the team's median (80)", e.Message);
    }

    [Fact]
    public void NetPayDownSharply_ComparesWithThePreviousStoredMonthOnly()
    {
        using var _ = UiCulture.Use("en");
        var run = new NetPay();
        // A001 falls 40 % from September; A002 fell from August to September but only 5 % from September (near miss).
        run.Month(August, [NetPay.Agent("A001", 10000m), NetPay.Agent("A002", 20000m)]);
        run.Month(September, [NetPay.Agent("A001", 10000m), NetPay.Agent("A002", 10000m)]);
        var october = run.Month(October, [NetPay.Agent("A001", 6000m), NetPay.Agent("A002", 9500m)]);

        var e = Assert.Single(Raised(october, "net_pay_down_sharply"));
        Assert.Equal("A001", e.AgentId);
        Assert.Matches(@"^net pay 4787.67 is down more than 30 % from \d+(\.\d+)? in the previous stored month \(1 month\(s\) ago\)$", e.Message);
    }

    [Fact]
    public void ClawbackOverCommissionEarned_IsRaisedWhenTheBookingMonthPaidLess()
    {
        using var _ = UiCulture.Use("en");
        var run = new NetPay();
        // September paid A001 80 (D1 only) and A002 160 (D3).
        run.Month(September, [NetPay.Agent("A001"), NetPay.Agent("A002")], deals:
            [Build.Deal("D1", 10000m, 12, "2026-09-10", agent: "A001"), Build.Deal("D3", 20000m, 12, "2026-09-10", agent: "A002")]);
        // October: D2, booked in September but never paid then, is cancelled (clawback 400 > 80); D3's 160 equals what it earned.
        var october = run.Month(October, [NetPay.Agent("A001"), NetPay.Agent("A002")], deals:
            [Build.Deal("D2", 50000m, 12, "2026-09-12", "2026-10-05", agent: "A001"), Build.Deal("D3", 20000m, 12, "2026-09-10", "2026-10-05", agent: "A002")]);

        var e = Assert.Single(Raised(october, "clawback_over_commission_earned"));
        Assert.Equal("A001", e.AgentId);
        Assert.Equal("deal D2 claws back 400, more than the 80 commission of its booking month", e.Message);
        Assert.Equal(FlagSeverity.Blocking, e.Severity);
    }

    [Fact]
    public void CommissionWithoutShift_IsRaisedForTheAgentWithNoWorkedShift()
    {
        using var _ = UiCulture.Use("en");
        var month = October2([Build.Agent("A001"), Build.Agent("A002")], [Build.Shift("2026-10-13", "09:00", "12:00", 0, "A002")],
            deals: [Build.Deal("D1", 10000m, 12, agent: "A001"), Build.Deal("D2", 10000m, 12, agent: "A002")]);

        var e = Assert.Single(Raised(month, "commission_without_shift"));
        Assert.Equal("A001", e.AgentId);
        Assert.Equal("installment commission 80 paid in a month without a worked shift", e.Message);
    }

    [Fact]
    public void DealDoubleEntry_IsRaisedForEachDealOfTheSameDayAmountAndTerm()
    {
        using var _ = UiCulture.Use("en");
        var month = October2([Build.Agent("A001"), Build.Agent("A002")], Worked("A001", "A002"), deals:
        [
            Build.Deal("D1", 10000m, 12, "2026-10-15", agent: "A001"), Build.Deal("D2", 10000m, 12, "2026-10-15", agent: "A001"),
            // Near miss: same day and amount, another term.
            Build.Deal("D3", 10000m, 12, "2026-10-15", agent: "A002"), Build.Deal("D4", 10000m, 6, "2026-10-15", agent: "A002"),
        ]);

        var raised = Raised(month, "deal_double_entry");
        Assert.Equal(["A001", "A001"], raised.Select(f => f.AgentId));
        Assert.Equal(["D1", "D2"], raised.Select(f => f.Message.Split(' ')[1]).Order());
        Assert.Equal("deal D1 (10000 over 12 months, 2026-10-15) has a twin booked the same day: a likely double entry", raised.Single(f => f.Message.Contains("D1 ")).Message);
    }
}
