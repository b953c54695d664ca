using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Runtime;

namespace PayCalc.Tests.Support;

/// <summary>Small builders for payroll inputs, with the defaults of the reference-plan worked example.</summary>
public static class Build
{
    public static readonly Period October = new(2026, 10);

    private static readonly Lazy<WorkCalendar> CalendarLazy = new(() => CalendarLoader.LoadAll(Repo.Path("rules", "calendars"), "cn"));

    public static WorkCalendar Calendar => CalendarLazy.Value;

    public static Agent Agent(string id = "A001", decimal baseSalary = 5220m, string hired = "2025-03-01", string? probationEnd = null,
        string? terminated = null, string team = "T1") => new()
    {
        AgentId = id,
        Name = "张三",
        Team = team,
        HireDate = DateOnly.Parse(hired),
        ProbationEnd = probationEnd is null ? null : DateOnly.Parse(probationEnd),
        TerminationDate = terminated is null ? null : DateOnly.Parse(terminated),
        BaseSalary = baseSalary,
    };

    public static Shift Shift(string date, string start, string end, int breakMinutes = 0, string agent = "A001") => new()
    {
        AgentId = agent,
        Date = DateOnly.Parse(date),
        Start = TimeOnly.Parse(start),
        End = TimeOnly.Parse(end),
        BreakMinutes = breakMinutes,
    };

    public static LeaveEntry Leave(string date, LeaveType type, decimal hours, string agent = "A001") =>
        new() { AgentId = agent, Date = DateOnly.Parse(date), Type = type, Hours = hours };

    public static Deal Deal(string id, decimal amount, int term, string booked = "2026-10-15", string? cancelled = null, string agent = "A001") => new()
    {
        DealId = id,
        AgentId = agent,
        BookedDate = DateOnly.Parse(booked),
        Amount = amount,
        TermMonths = term,
        CancelledDate = cancelled is null ? null : DateOnly.Parse(cancelled),
    };

    public static AgentMetrics Metrics(string agent = "A001", decimal aht = 200, decimal calls = 2600, decimal qa = 92,
        decimal noncritical = 1, decimal critical = 0, Period? period = null) => new()
    {
        AgentId = agent,
        Period = period ?? October,
        Numbers = new Dictionary<string, decimal>
        {
            ["aht_seconds"] = aht, ["calls_handled"] = calls, ["qa_score"] = qa,
            ["noncritical_errors"] = noncritical, ["critical_errors"] = critical,
        },
    };

    /// <summary>The reference-plan worked example's October shifts for one agent.</summary>
    public static List<Shift> WorkedExampleShifts(string agent = "A001")
    {
        var shifts = October.Days().Where(Calendar.IsWorkingDay)
            .Select(d => Shift(d.ToString("yyyy-MM-dd"), "09:00", "18:00", 60, agent)).ToList();
        shifts.Add(Shift("2026-10-17", "20:00", "08:00", 60, agent));
        shifts.Add(Shift("2026-10-18", "20:00", "08:00", 60, agent));
        shifts.Add(Shift("2026-10-02", "09:00", "17:00", 0, agent));
        return shifts;
    }

    public static string BankPlanPath => Repo.Path("rules", "plans", "bank-card-center.yaml");

    public static CompiledPlan BankPlan(Period? period = null) => PlanCompiler.Compile(PlanLoader.Load(BankPlanPath), period ?? October);

    public static PayrollResult Run(IEnumerable<Agent> agents, IEnumerable<Shift>? shifts = null, IEnumerable<AgentMetrics>? metrics = null,
        IEnumerable<Deal>? deals = null, IEnumerable<LeaveEntry>? leave = null, CompiledPlan? plan = null) =>
        new PayrollEngine(plan ?? BankPlan(), Calendar).Compute(Input(October, agents, shifts, metrics, deals, leave));

    /// <summary>A period's input; what is not given is empty.</summary>
    public static PayrollInput Input(Period period, IEnumerable<Agent> agents, IEnumerable<Shift>? shifts = null,
        IEnumerable<AgentMetrics>? metrics = null, IEnumerable<Deal>? deals = null, IEnumerable<LeaveEntry>? leave = null,
        IEnumerable<YtdBalance>? ytd = null) => new()
    {
        Period = period,
        Agents = agents.ToList(),
        Shifts = (shifts ?? []).ToList(),
        Metrics = (metrics ?? []).ToList(),
        Deals = (deals ?? []).ToList(),
        Leave = (leave ?? []).ToList(),
        YtdBalances = (ytd ?? []).ToList(),
    };

    public static decimal Amount(this Payslip p, string code) => p.Line(code)?.Amount ?? 0m;

    public static decimal TraceValue(this Payslip p, string code) => p.Trace.Single(l => l.Code == code).Value;
}
