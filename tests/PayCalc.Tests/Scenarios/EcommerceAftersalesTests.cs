using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>Plan 2 (ecommerce-aftersales): base pay with probation, repeat-order commission, the team gate and the PK.</summary>
public class EcommerceAftersalesTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = Build.October;

    private static readonly Lazy<CompiledPlan> PlanLazy = new(() =>
        PlanCompiler.Compile(PlanLoader.Load(Repo.Path("rules", "plans", "ecommerce-aftersales.yaml")), October));

    private static CompiledPlan Plan => PlanLazy.Value;

    /// <summary>Agent metrics: eligible for the PK unless told otherwise.</summary>
    private static AgentMetrics Metrics(string agent, decimal conversion = 0.5m, decimal responseSeconds = 20, decimal responseRate = 0.95m,
        decimal repeatOrders = 0) => new()
    {
        AgentId = agent,
        Period = October,
        Numbers = new Dictionary<string, decimal>
        {
            ["repeat_order_amount"] = repeatOrders, ["conversion_rate"] = conversion,
            ["response_seconds"] = responseSeconds, ["response_rate"] = responseRate,
        },
    };

    /// <summary>A team month on every target (refund 3 %, 12 h, no disputes, DSR 4.9, no complaints), with overrides.</summary>
    private static TeamMetrics Team(string team, params (string Name, decimal Value)[] overrides)
    {
        var numbers = new Dictionary<string, decimal>
        {
            ["refund_rate"] = 0.03m, ["avg_refund_hours"] = 12m, ["disputes"] = 0m, ["dsr"] = 4.9m, ["internal_complaints"] = 0m,
        };
        foreach (var (name, value) in overrides) numbers[name] = value;
        return new TeamMetrics { Team = team, Period = October, Numbers = numbers };
    }

    private static PayrollInput Input(IEnumerable<Agent> agents, IEnumerable<AgentMetrics> metrics, IEnumerable<TeamMetrics> teams) => new()
    {
        Period = October,
        Agents = agents.ToList(),
        Metrics = metrics.ToList(),
        TeamMetrics = teams.ToList(),
    };

    private static PayrollResult Run(IEnumerable<Agent> agents, IEnumerable<AgentMetrics> metrics, IEnumerable<TeamMetrics> teams) =>
        new PayrollEngine(Plan, Build.Calendar).Compute(Input(agents, metrics, teams));

    private static Payslip Slip(PayrollResult r, string agent) => r.Payslips.Single(p => p.AgentId == agent);

    [Theory]
    [InlineData("refund_rate", "0.05", 500)]
    [InlineData("refund_rate", "0.0501", 0)]
    [InlineData("refund_rate", "0", 500)]
    [InlineData("avg_refund_hours", "24", 500)]
    [InlineData("avg_refund_hours", "24.01", 0)]
    [InlineData("disputes", "0", 500)]
    [InlineData("disputes", "1", 0)]
    [InlineData("dsr", "4.8", 500)]
    [InlineData("dsr", "4.79", 0)]
    [InlineData("dsr", "5", 500)]
    [InlineData("internal_complaints", "0", 500)]
    [InlineData("internal_complaints", "1", 0)]
    public void TeamMetricsBonus_EachTargetAtItsBoundary_PaysOnlyWhenEveryTargetPasses(string metric, string value, decimal bonus)
    {
        var agents = new[] { Build.Agent("A001", 3600m, team: "T1"), Build.Agent("A002", 3600m, team: "T1") };

        var r = Run(agents, [Metrics("A001"), Metrics("A002")], [Team("T1", (metric, decimal.Parse(value)))]);

        // The gate is the team's: both agents get the same amount.
        Assert.Equal([bonus, bonus], r.Payslips.Select(p => p.Amount("team_metrics_bonus")));
    }

    [Fact]
    public void TeamMetricsBonus_OneTeamFails_OtherTeamStillPaid()
    {
        var agents = new[] { Build.Agent("A001", team: "T1"), Build.Agent("A002", team: "T2"), Build.Agent("A003", team: "T2") };

        var r = Run(agents, [Metrics("A001"), Metrics("A002"), Metrics("A003")], [Team("T1"), Team("T2", ("dsr", 4.7m))]);

        Assert.Equal([500m, 0m, 0m], r.Payslips.Select(p => p.Amount("team_metrics_bonus")));
        Assert.Equal(0m, Slip(r, "A002").TraceValue("dsr_ok"));
        Assert.Equal(0m, Slip(r, "A002").TraceValue("team_gate_passed"));
        Assert.Equal(1m, Slip(r, "A002").TraceValue("refund_rate_ok"));
    }

    [Fact]
    public void PkAward_TieForFirst_SharesPlaceAndSkipsSecond()
    {
        var ids = new[] { "A001", "A002", "A003", "A004" };
        var agents = ids.Select(id => Build.Agent(id, team: "T1"));
        var metrics = new[] { Metrics("A001", 0.52m), Metrics("A002", 0.52m), Metrics("A003", 0.47m), Metrics("A004", 0.40m) };

        var r = Run(agents, metrics, [Team("T1")]);

        Assert.Equal([1m, 1m, 3m, 4m], r.Payslips.Select(p => p.TraceValue("pk_place")));
        Assert.Equal([300m, 300m, 100m, 0m], r.Payslips.Select(p => p.Amount("pk_award")));
    }

    [Fact]
    public void PkAward_TieForSecond_NoThirdPlace()
    {
        var ids = new[] { "A001", "A002", "A003", "A004" };
        var metrics = new[] { Metrics("A001", 0.58m), Metrics("A002", 0.49m), Metrics("A003", 0.49m), Metrics("A004", 0.45m) };

        var r = Run(ids.Select(id => Build.Agent(id, team: "T1")), metrics, [Team("T1")]);

        Assert.Equal([300m, 200m, 200m, 0m], r.Payslips.Select(p => p.Amount("pk_award")));
    }

    [Fact]
    public void PkAward_ResponseTargets_AreInclusiveAndIneligibleAgentsAreNotRanked()
    {
        var ids = new[] { "A001", "A002", "A003", "A004", "A005" };
        var metrics = new[]
        {
            Metrics("A001", 0.70m, responseSeconds: 31),                  // best conversion, too slow
            Metrics("A002", 0.65m, responseRate: 0.89m),                 // response rate below 90 %
            Metrics("A003", 0.50m, responseSeconds: 30, responseRate: 0.90m), // exactly on both targets
            Metrics("A004", 0.45m),
            Metrics("A005", 0.30m),
        };

        var r = Run(ids.Select(id => Build.Agent(id, team: "T1")), metrics, [Team("T1")]);

        Assert.Equal([0m, 0m, 1m, 2m, 3m], r.Payslips.Select(p => p.TraceValue("pk_place")));
        Assert.Equal([0m, 0m, 300m, 200m, 100m], r.Payslips.Select(p => p.Amount("pk_award")));
    }

    [Fact]
    public void PkAward_RankedWithinEachTeam()
    {
        var agents = new[] { Build.Agent("A001", team: "T1"), Build.Agent("A002", team: "T2"), Build.Agent("A003", team: "T2") };
        var metrics = new[] { Metrics("A001", 0.20m), Metrics("A002", 0.60m), Metrics("A003", 0.55m) };

        var r = Run(agents, metrics, [Team("T1"), Team("T2")]);

        Assert.Equal([300m, 300m, 200m], r.Payslips.Select(p => p.Amount("pk_award")));
    }

    [Theory]
    // October 2026 has 18 working days; probation working days pay 80 %.
    [InlineData("2025-03-01", null, null, 3600, 3600.00)]
    [InlineData("2026-09-01", "2026-12-31", null, 3200, 2560.00)]          // on probation all month
    [InlineData("2026-08-20", "2026-10-19", null, 3200, 2880.00)]          // 9 probation + 9 regular days
    [InlineData("2026-10-12", "2027-01-11", null, 3200, 2133.33)]          // hired on the 12th: 15 days at 80 %
    [InlineData("2024-04-08", null, "2026-10-15", 3400, 1322.22)]          // left on the 15th: 7 of 18 days
    public void BasePay_ProbationAndProration_AsPlanOne(string hired, string? probationEnd, string? terminated, decimal salary, decimal expected)
    {
        var agent = Build.Agent("A001", salary, hired, probationEnd, terminated, team: "T1");

        var r = Run([agent], [Metrics("A001")], [Team("T1")]);

        Assert.Equal(expected, r.Payslips.Single().Amount("base_pay"));
    }

    [Theory]
    [InlineData("86500", 259.50)]
    [InlineData("18750", 56.25)]
    [InlineData("1234.5", 3.70)]   // 3.7035 rounds half away from zero at the line
    [InlineData("0", 0)]
    public void RepeatOrderCommission_ThreePerMille_RoundedOnce(string amount, decimal expected)
    {
        var r = Run([Build.Agent("A001", team: "T1")], [Metrics("A001", repeatOrders: decimal.Parse(amount))], [Team("T1")]);

        Assert.Equal(expected, r.Payslips.Single().Amount("repeat_order_commission"));
    }

    [Fact]
    public void ProbationAgent_FullPayslip_GrossIsSumOfLines()
    {
        var agent = Build.Agent("A001", 3200m, "2026-09-01", "2026-12-31", team: "T1");

        var r = Run([agent], [Metrics("A001", 0.5m, repeatOrders: 12_400)], [Team("T1")]);

        var slip = r.Payslips.Single();
        var earnings = slip.Lines.Where(l => l.Category == LineCategory.Earning).ToList();
        Assert.Equal(["base_pay", "repeat_order_commission", "team_metrics_bonus", "pk_award", "annual_bonus", "min_wage_topup"], earnings.Select(l => l.Code));
        // Pay 3,397.20 less own contributions 1,016.33 (Shanghai floor 7,546: 792.33; housing fund 3,200 x 7 % = 224)
        // = 2,380.87 < 2,740: topped up by 359.13 (the statutory module; plan 2 has no annual bonus).
        Assert.Equal([2560.00m, 37.20m, 500m, 300m, 0m, 359.13m], earnings.Select(l => l.Amount));
        Assert.Equal(3756.33m, slip.Gross);
        Assert.Equal(2740.00m, slip.Net);
    }

    [Fact]
    public void InputCheck_TeamsWithoutTeamMetrics_AreAllListedAsErrors()
    {
        using var _ = UiCulture.Use("en");
        var agents = new[] { Build.Agent("A001", team: "T1"), Build.Agent("A002", team: "T2"), Build.Agent("A003", team: "T3"), Build.Agent("A004", team: "T3") };
        var input = Input(agents, agents.Select(a => Metrics(a.AgentId)), [Team("T2")]);

        var errors = PlanInputCheck.Check(Plan, input);

        Assert.Equal(
        [
            "team_metrics::0:team: team T1 has 1 agent(s) employed in 2026-10 but no team_metrics row (value 'T1')",
            "team_metrics::0:team: team T3 has 2 agent(s) employed in 2026-10 but no team_metrics row (value 'T3')",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void InputCheck_BlankTeamTarget_IsAnErrorNotAZero()
    {
        using var _ = UiCulture.Use("en");
        var row = Team("T1") with
        {
            Numbers = new Dictionary<string, decimal> { ["refund_rate"] = 0.03m, ["avg_refund_hours"] = 12m, ["dsr"] = 4.9m, ["internal_complaints"] = 0m },
            Source = new SourceRef("team_metrics.xlsx", "团队指标", 2),
        };
        var input = Input([Build.Agent("A001", team: "T1")], [Metrics("A001")], [row]);

        var e = Assert.Single(PlanInputCheck.Check(Plan, input));

        Assert.Equal("team_metrics.xlsx:团队指标:2:disputes: team T1 has no disputes for 2026-10; the plan needs every team metric", e.ToString());
    }

    [Fact]
    public void InputCheck_AgentWithoutMetrics_IsAnError()
    {
        using var _ = UiCulture.Use("en");
        var input = Input([Build.Agent("A001", team: "T1"), Build.Agent("A002", team: "T1")], [Metrics("A001")], [Team("T1")]);

        var e = Assert.Single(PlanInputCheck.Check(Plan, input));

        Assert.Equal("metrics::0:agent_id: agent A002 is employed in 2026-10 but has no metrics row (value 'A002')", e.ToString());
    }

    [Fact]
    public void Plan_EveryParameterHasASource()
    {
        var plan = PlanLoader.Load(Repo.Path("rules", "plans", "ecommerce-aftersales.yaml"));

        Assert.All(plan.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Name));
        // 11 for the pay lines + the two statutory plan settings (default housing-fund rate, annual bonus tax method);
        // the rest come from the included statutory parameter files.
        Assert.Equal(13, plan.Parameters.Count(p => p.File.EndsWith("plans/ecommerce-aftersales.yaml", StringComparison.Ordinal)));
        Assert.Contains(plan.Parameters, p => p.Name == "iit_brackets" && p.File.EndsWith("cn-iit.yaml", StringComparison.Ordinal));
        Assert.True(plan.Inputs.TeamMetricsRequired);
        Assert.Equal(["refund_rate", "avg_refund_hours", "disputes", "dsr", "internal_complaints"], plan.Inputs.TeamMetrics);
    }

    [Fact]
    public void Loader_TeamMetricsRequiredWithoutTeamMetrics_IsALoadError()
    {
        using var _ = UiCulture.Use("en");
        var yaml = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"))
            .Replace("  metrics_required: true", "  metrics_required: true\n  team_metrics_required: true");

        var ex = Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(yaml, "plan.yaml"));

        Assert.Contains(ex.Errors, e => e.Message == "inputs.team_metrics_required is true but inputs.team_metrics lists no metric.");
    }
}
