using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// Plan 2 gets the statutory lines of plan 1 from the shared module rules/statutory/cn-payroll.yaml. Expected values
/// come from statutory-cn.md: Shanghai from 2026-07-01 social-insurance base 7,546-37,731 (pension 8 %, medical 2 %,
/// unemployment 0.5 %), housing fund base 2,740-37,731 at 7 % rounded to the whole yuan, employer 16 % / 9 % / 0.5 % /
/// 0.2 %, minimum wage 2,740 less own contributions, cumulative withholding with 5,000 a month.
/// </summary>
public class EcommerceAftersalesStatutoryTests
{
    private static readonly Period October = Build.October;

    private static readonly Lazy<CompiledPlan> PlanLazy = new(() =>
        PlanCompiler.Compile(PlanLoader.Load(Repo.Path("rules", "plans", "ecommerce-aftersales.yaml")), October));

    private static AgentMetrics Metrics(string agent, decimal repeatOrders, decimal responseSeconds = 20) => new()
    {
        AgentId = agent,
        Period = October,
        Numbers = new Dictionary<string, decimal>
        {
            ["repeat_order_amount"] = repeatOrders, ["conversion_rate"] = 0.5m, ["response_seconds"] = responseSeconds, ["response_rate"] = 0.95m,
        },
    };

    /// <summary>A team month on every target: the 500 bonus is paid.</summary>
    private static TeamMetrics PassingTeam => new()
    {
        Team = "T1",
        Period = October,
        Numbers = new Dictionary<string, decimal>
        {
            ["refund_rate"] = 0.03m, ["avg_refund_hours"] = 12m, ["disputes"] = 0m, ["dsr"] = 4.9m, ["internal_complaints"] = 0m,
        },
    };

    private static PayrollResult Run(Agent agent, AgentMetrics metrics, YtdBalance? ytd = null) =>
        new PayrollEngine(PlanLazy.Value, Build.Calendar).Compute(new PayrollInput
        {
            Period = October,
            Agents = [agent],
            Metrics = [metrics],
            TeamMetrics = [PassingTeam],
            YtdBalances = ytd is null ? [] : [ytd],
        });

    private static void AssertLines(Payslip slip, params (string Code, decimal Amount)[] expected)
    {
        foreach (var (code, amount) in expected) Assert.True(amount == slip.Amount(code), $"{code}: expected {amount}, got {slip.Amount(code)}");
    }

    [Fact]
    public void BaseBelowTheFloor_ContributesOnTheShanghaiFloor_NoTaxBelowTheBasicDeduction()
    {
        // Base 3,600 + 50,000 x 3‰ + 500 (team gate) + 300 (PK place 1, the only agent) = 4,550 gross.
        var slip = Run(Build.Agent("A001", 3600m, hired: "2026-10-01"), Metrics("A001", 50_000m)).Payslips.Single();

        AssertLines(slip,
            ("base_pay", 3600.00m), ("repeat_order_commission", 150.00m), ("team_metrics_bonus", 500.00m), ("pk_award", 300.00m),
            // Social-insurance base 3,600 -> floor 7,546 (2026-07 switch): 603.68 + 150.92 + 37.73.
            ("pension", -603.68m), ("medical", -150.92m), ("unemployment", -37.73m),
            // Housing-fund base 3,600 is above its floor 2,740: 3,600 x 7 % = 252.
            ("housing_fund", -252.00m),
            ("employer_pension", 1207.36m), ("employer_medical", 679.14m), ("employer_unemployment", 37.73m),
            ("employer_injury", 15.09m), ("employer_housing_fund", 252.00m),
            // 4,550 - 1,044.33 own contributions = 3,505.67 >= 2,740: no top-up.
            ("min_wage_topup", 0m), ("taxable_income", 4550.00m),
            // 4,550 - 5,000 - 1,044.33 < 0: no tax.
            ("iit", 0m));
        Assert.Equal(4550.00m, slip.Gross);
        Assert.Equal(3505.67m, slip.Net);
        Assert.Equal(4550.00m + 2191.32m, slip.EmployerCost);
        // Plan 2 has no annual bonus: no bonus tax lines at all.
        Assert.Null(slip.Line("annual_bonus_tax"));
        Assert.Null(slip.Line("bonus_tax_method"));
    }

    [Fact]
    public void AboveTheFloor_WithYtdOpeningBalance_WithholdsCumulativeTax()
    {
        // Base 12,000 + 100,000 x 3‰ + 500 + 300 = 13,100. Own: 960 + 240 + 60 + 840 = 2,100.
        // Opening balance January-September: 9 months, income 108,000, special deductions 18,900,
        // withheld 1,890 (= (108,000 - 45,000 - 18,900) x 10 % - 2,520).
        var ytd = new YtdBalance
        {
            AgentId = "A001", Year = 2026, Months = 9, Income = 108_000m, SpecialDeductions = 18_900m, AdditionalDeductions = 0m, TaxWithheld = 1890m,
        };
        var slip = Run(Build.Agent("A001", 12_000m, hired: "2025-03-01"), Metrics("A001", 100_000m), ytd).Payslips.Single();

        AssertLines(slip, ("pension", -960.00m), ("medical", -240.00m), ("unemployment", -60.00m), ("housing_fund", -840.00m),
            ("taxable_income", 13_100.00m));
        // Cumulative: 121,100 - 10 x 5,000 - 21,000 = 50,100 -> 10 % - 2,520 = 2,490; less 1,890 withheld = 600.
        Assert.Equal(50_100m, slip.TraceValue("cumulative_taxable"));
        Assert.Equal(-600.00m, slip.Amount("iit"));
        Assert.Equal(13_100.00m, slip.Gross);
        Assert.Equal(10_400.00m, slip.Net);
    }

    [Fact]
    public void ProbationHireMidMonth_BelowProratedMinimumWage_IsToppedUpAndFlagged()
    {
        // Hired Mon 12 Oct on probation (15 of 18 working days at 80 %): base 3,200 x 0.8 x 15 / 18 = 2,133.33;
        // 5,200 x 3‰ = 15.60; team bonus 500; response 31 s: no PK. Normal pay 2,648.93.
        var result = Run(Build.Agent("A001", 3200m, hired: "2026-10-12", probationEnd: "2027-01-11"), Metrics("A001", 5_200m, responseSeconds: 31));
        var slip = result.Payslips.Single();

        // Own contributions 603.68 + 150.92 + 37.73 + 224 (3,200 x 7 %) = 1,016.33 (Shanghai excludes them):
        // 2,648.93 - 1,016.33 = 1,632.60 against 2,740 x 15 / 18 = 2,283.33 -> top-up 650.73.
        AssertLines(slip, ("base_pay", 2133.33m), ("pk_award", 0m), ("housing_fund", -224.00m), ("min_wage_topup", 650.73m),
            ("taxable_income", 3299.66m), ("iit", 0m));
        Assert.Equal(2283.33m, slip.Net);
        Assert.Contains(result.Flags, f => f.AgentId == "A001" && f.Code == "min_wage_topup");
    }

    [Fact]
    public void LinesPrintPayFirstThenTheModulesStatutoryLines()
    {
        var lines = PlanLazy.Value.Definition.Components.Where(c => c.IsLine).Select(c => c.Code).ToList();

        Assert.Equal(["base_pay", "repeat_order_commission", "team_metrics_bonus", "pk_award", "annual_bonus", "pension"], lines.Take(6));
        // taxable_income is the plan's (its list of earning lines) but prints where the module places it.
        Assert.Equal(lines.IndexOf("min_wage_topup") + 1, lines.IndexOf("taxable_income"));
        Assert.EndsWith("ecommerce-aftersales.yaml", PlanLazy.Value.Definition.Components.Single(c => c.Code == "taxable_income").File);
        Assert.EndsWith("cn-payroll.yaml", PlanLazy.Value.Definition.Components.Single(c => c.Code == "iit").File);
    }
}
