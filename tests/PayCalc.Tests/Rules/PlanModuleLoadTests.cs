using PayCalc.Domain;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// A module (rules/statutory/cn-payroll.yaml) is checked like the plan's own components: a broken module stops
/// the load naming the module file, line and component; a name the plan must supply is an unknown name.
/// Each test works on a copy of rules/ so the shipped files stay untouched.
/// </summary>
public sealed class PlanModuleLoadTests : IDisposable
{
    private readonly TempFolder _rules = new();

    public PlanModuleLoadTests()
    {
        Repo.CopyRules(_rules.Path);
    }

    public void Dispose() => _rules.Dispose();

    private string ModulePath => Path.Combine(_rules.Path, "statutory", "cn-payroll.yaml");

    private string PlanPath(string plan) => Path.Combine(_rules.Path, "plans", plan + ".yaml");

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    private static int LineOf(string path, string text) =>
        File.ReadAllLines(path).Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    private IReadOnlyList<RuleError> Errors(string plan) =>
        Assert.Throws<RuleLoadException>(() => PlanCompiler.Compile(PlanLoader.Load(PlanPath(plan)), new Period(2026, 10))).Errors;

    [Theory]
    [InlineData("bank-card-center")]
    [InlineData("ecommerce-aftersales")]
    public void TypoInTheModule_NamesModuleFileLineAndComponent(string plan)
    {
        Edit(ModulePath, "amount: -RoundTo(si_base * pension_rate, si_round_decimals)", "amount: -RoundTo(si_base * pension_rat, si_round_decimals)");

        var e = Assert.Single(Errors(plan));

        Assert.EndsWith(Path.Combine("statutory", "cn-payroll.yaml"), e.File);
        Assert.Equal(LineOf(ModulePath, "pension_rat,"), e.Line);
        Assert.Equal("pension", e.Code);
        Assert.Contains("pension_rat", e.Message);
    }

    [Fact]
    public void TypoInAModuleFlag_NamesModuleFileAndFlag()
    {
        Edit(ModulePath, "when: min_wage_topup > 0", "when: min_wage_top > 0");

        var e = Assert.Single(Errors("ecommerce-aftersales"));

        Assert.EndsWith("cn-payroll.yaml", e.File);
        Assert.Equal(LineOf(ModulePath, "when: min_wage_top > 0"), e.Line);
        Assert.Equal("min_wage_topup", e.Code);
    }

    [Fact]
    public void GlueTheModuleNeeds_MissingFromThePlan_IsAnUnknownNameAtTheModuleLine()
    {
        // Plan 2 without its min_wage_normal_pay: the module's min_wage_tested_pay uses it.
        Edit(PlanPath("ecommerce-aftersales"), "- code: min_wage_normal_pay", "- code: min_wage_normal");

        var e = Assert.Single(Errors("ecommerce-aftersales"));

        Assert.EndsWith("cn-payroll.yaml", e.File);
        Assert.Equal("min_wage_tested_pay", e.Code);
        Assert.Contains("min_wage_normal_pay", e.Message);
        Assert.Equal(LineOf(ModulePath, "value: \"min_wage_normal_pay -"), e.Line);
    }

    [Fact]
    public void PlanLineTheModulePlaces_MissingFromThePlan_NamesTheModuleLine()
    {
        using var _ = UiCulture.Use("en");
        Edit(PlanPath("ecommerce-aftersales"), "- code: taxable_income", "- code: taxable_wage");

        var errors = Assert.Throws<RuleLoadException>(() => PlanLoader.Load(PlanPath("ecommerce-aftersales"))).Errors;

        // Both the placement and the module's history that sums taxable_income name the module.
        Assert.All(errors, x => Assert.EndsWith("cn-payroll.yaml", x.File));
        var e = Assert.Single(errors, x => x.Line == LineOf(ModulePath, "- plan_line: taxable_income"));
        Assert.Equal("taxable_income", e.Code);
        Assert.Contains("does not define it", e.Message);
        Assert.Contains(errors, x => x.Code == "ytd_taxable_income" && x.Message.Contains("unknown line 'taxable_income'"));
    }

    [Fact]
    public void ComponentDefinedInPlanAndModule_IsDefinedTwice()
    {
        using var _ = UiCulture.Use("en");
        Edit(PlanPath("ecommerce-aftersales"), "  - code: annual_bonus\n", "  - code: pension\n    category: variable\n    value: 0\n  - code: annual_bonus\n");

        var errors = Assert.Throws<RuleLoadException>(() => PlanLoader.Load(PlanPath("ecommerce-aftersales"))).Errors;

        var e = Assert.Single(errors);
        Assert.EndsWith("cn-payroll.yaml", e.File);
        Assert.Equal("pension", e.Code);
        Assert.Contains("defined twice", e.Message);
        Assert.Contains("ecommerce-aftersales.yaml", e.Message);
    }

    [Fact]
    public void UnknownKeyInTheModule_IsReportedAtTheModuleLine()
    {
        Edit(ModulePath, "flags:\n", "flagz:\nflags:\n");

        var errors = Assert.Throws<RuleLoadException>(() => PlanLoader.Load(PlanPath("bank-card-center"))).Errors;

        var e = Assert.Single(errors);
        Assert.EndsWith("cn-payroll.yaml", e.File);
        Assert.Contains("flagz", e.Message);
    }

    [Fact]
    public void BothPlans_ShareTheModulesComponentsHistoryAndFlags()
    {
        var bank = PlanLoader.Load(PlanPath("bank-card-center"));
        var shop = PlanLoader.Load(PlanPath("ecommerce-aftersales"));

        static string[] FromModule(PlanDefinition p) => p.Components.Where(c => c.File.EndsWith("cn-payroll.yaml", StringComparison.Ordinal)).Select(c => c.Code).ToArray();
        Assert.Equal(FromModule(bank), FromModule(shop));
        Assert.Contains("iit", FromModule(bank));
        // Plan 2 reads only the module's history; the bank plan adds its own (quarter and clawback values).
        Assert.Subset(bank.History.Select(h => h.Name).ToHashSet(), shop.History.Select(h => h.Name).ToHashSet());
        Assert.Contains("ytd_tax_withheld", shop.History.Select(h => h.Name));
        Assert.Equal(["overtime_over_36h", "no_shifts", "pa_rating_missing"], bank.Flags.Where(f => f.File.EndsWith("bank-card-center.yaml", StringComparison.Ordinal)).Select(f => f.Code));
        Assert.Contains(shop.Flags, f => f.Code == "min_wage_topup" && f.File.EndsWith("cn-payroll.yaml", StringComparison.Ordinal));
    }
}
