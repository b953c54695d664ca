using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Runtime;

namespace PayCalc.Tests.Support;

/// <summary>
/// Runs the bank-card-center plan month after month like the CLI does: each month's lines become the next
/// month's history. Agents without shifts or metrics earn exactly their base pay (no overtime, KPI 0).
/// </summary>
public sealed class NetPay
{
    private readonly Func<Period, CompiledPlan> _plan;

    public NetPay(Func<Period, CompiledPlan>? plan = null) => _plan = plan ?? (p => Build.BankPlan(p));

    public static string PlanPath => Build.BankPlanPath;

    /// <summary>The bank plan with one expression replaced (e.g. an annual bonus amount), includes resolved as shipped.</summary>
    public static Func<Period, CompiledPlan> PlanWith(string from, string to)
    {
        var text = File.ReadAllText(PlanPath);
        Assert.Contains(from, text);
        var definition = PlanLoader.Parse(text.Replace(from, to), PlanPath);
        return p => PlanCompiler.Compile(definition, p);
    }

    /// <summary>The months computed so far, read as a run reads stored months (<see cref="PayrollHistory.Including(PayCalc.Domain.Payroll.PayrollResult)"/>).</summary>
    public PayrollHistory History { get; private set; } = PayrollHistory.Empty;

    public PayrollResult Month(Period period, IEnumerable<Agent> agents, IEnumerable<YtdBalance>? ytd = null,
        IEnumerable<AgentMetrics>? metrics = null, IEnumerable<Shift>? shifts = null, IEnumerable<Deal>? deals = null)
    {
        var input = Build.Input(period, agents, shifts, metrics, deals, ytd: ytd);
        var result = new PayrollEngine(_plan(period), Build.Calendar).Compute(input, History);
        History = History.Including(result);
        return result;
    }

    public static Agent Agent(string id = "A001", decimal baseSalary = 10000m, decimal? contributionBase = null, decimal? hfRate = null,
        decimal? additional = null, string? city = null, string hired = "2025-03-01", string? probationEnd = null, int? contractMonths = null,
        bool firstIncome = false, bool lowIncome = false, string? terminated = null) => Build.Agent(id, baseSalary, hired, probationEnd, terminated) with
    {
        ContributionBase = contributionBase,
        HousingFundRate = hfRate,
        SpecialAdditionalDeduction = additional,
        City = city,
        ContractTermMonths = contractMonths,
        FirstWageIncomeOfYear = firstIncome,
        PriorYearLowIncome = lowIncome,
    };
}
