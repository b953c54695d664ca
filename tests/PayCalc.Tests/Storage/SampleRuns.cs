using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;

namespace PayCalc.Tests.Storage;

/// <summary>Small, fully specified runs to store and read back.</summary>
public static class SampleRuns
{
    public static readonly Period October = new(2026, 10);

    public static Agent Agent(string id, int row) => new()
    {
        AgentId = id,
        Name = "张三" + id,
        Team = "T1",
        HireDate = new DateOnly(2025, 3, 1),
        ProbationEnd = new DateOnly(2025, 5, 31),
        BaseSalary = 5220.00m,
        City = "shanghai",
        ContributionBase = 6000.50m,
        HousingFundRate = 0.07m,
        Source = new SourceRef("agents.xlsx", "agents", row),
    };

    public static PayslipLine Line(string code, LineCategory category, decimal amount, params LineInput[] inputs) => new()
    {
        Code = code,
        Name = code + "名",
        NameEn = code + " name",
        Category = category,
        Amount = amount,
        Formula = code + " formula",
        Explain = code + " explained",
        Inputs = inputs,
    };

    public static Payslip Payslip(string agentId, params PayslipLine[] lines) => new()
    {
        AgentId = agentId,
        Name = "张三" + agentId,
        Team = "T1",
        Lines = lines,
    };

    /// <summary>A run for the given agents; each gets base_pay 5220.00, a deduction and an info line.</summary>
    public static RunToSave Run(Period period, params string[] agentIds)
    {
        var agents = agentIds.Select((id, i) => Agent(id, i + 2)).ToList();
        var payslips = agentIds.Select(id => Payslip(id,
            Line("base_pay", LineCategory.Earning, 5220.00m, new LineInput("B", "5220")),
            Line("pension", LineCategory.Deduction, -417.60m),
            Line("kpi_score", LineCategory.Info, 87.19m))).ToList();
        return Run(period, agents, payslips);
    }

    public static RunToSave Run(Period period, IReadOnlyList<Agent> agents, IReadOnlyList<Payslip> payslips,
        IReadOnlyList<Deal>? deals = null)
    {
        var day = period.FirstDay;
        var input = new PayrollInput
        {
            Period = period,
            Agents = agents,
            Shifts = agents.Select((a, i) => new Shift
            {
                AgentId = a.AgentId,
                Date = day,
                Code = "D",
                Start = new TimeOnly(20, 0),
                End = new TimeOnly(8, 0),
                BreakMinutes = 60,
                Source = new SourceRef("attendance.csv", "", i + 2),
            }).ToList(),
            Leave = agents.Select((a, i) => new LeaveEntry
            {
                AgentId = a.AgentId,
                Date = day.AddDays(1),
                Type = LeaveType.Annual,
                Hours = 4.5m,
                Source = new SourceRef("attendance.csv", "", i + 100),
            }).ToList(),
            Deals = deals ?? agents.Select((a, i) => new Deal
            {
                DealId = $"{period}-{a.AgentId}",
                AgentId = a.AgentId,
                BookedDate = day.AddDays(2),
                Amount = 50000.00m,
                TermMonths = 6,
                Source = new SourceRef("sales.xlsx", "sales", i + 2),
            }).ToList(),
            Metrics = agents.Select((a, i) => new AgentMetrics
            {
                AgentId = a.AgentId,
                Period = period,
                Numbers = new Dictionary<string, decimal> { ["aht_seconds"] = 200m, ["critical_errors"] = i },
                Texts = new Dictionary<string, string> { ["pa_rating"] = "B" },
                Source = new SourceRef("metrics.xlsx", "metrics", i + 2),
            }).ToList(),
            TeamMetrics =
            [
                new TeamMetrics
                {
                    Team = "T1",
                    Period = period,
                    Numbers = new Dictionary<string, decimal> { ["refund_rate"] = 0.05m },
                    Source = new SourceRef("team_metrics.csv", "", 2),
                },
            ],
            Files =
            [
                new InputFile("agents", "in/agents.xlsx", new string('a', 64)),
                new InputFile("attendance", "in/attendance.csv", new string('b', 64)),
            ],
        };
        var result = new PayrollResult
        {
            Period = period,
            PlanCode = "bank-card-center",
            PlanVersion = "2026.1",
            LineDefinitions = [],
            Payslips = payslips,
            Flags = [new PayrollFlag(agents[0].AgentId, "overtime_over_36h", "Overtime 40 h exceeds 36 h.")],
        };
        return new RunToSave
        {
            Input = input,
            Result = result,
            PlanSha256 = new string('c', 64),
            Settings = new Dictionary<string, string> { ["culture"] = "zh-CN" },
        };
    }

    /// <summary>
    /// Takes <paramref name="period"/>, whose run is stored (calculated), to <paramref name="status"/> the way users do:
    /// approve, then close. A status has no setter; the workflow steps are the only way there.
    /// </summary>
    public static void StepTo(PayrollStore store, Period period, PeriodStatus status)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(status, PeriodStatus.Open);
        if (status is PeriodStatus.Approved or PeriodStatus.Closed)
            store.Periods.ChangePeriodStatus(period, PeriodAction.Approve, "hr.test", null);
        if (status is PeriodStatus.Closed)
            store.Periods.ChangePeriodStatus(period, PeriodAction.Close, "hr.test", null);
    }
}
