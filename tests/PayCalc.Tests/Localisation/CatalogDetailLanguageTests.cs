using PayCalc.Application;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>
/// What the trace catalog says about the names a formula reads (engine facts, metrics, parameters, city parameters,
/// earlier months) is in the UI language when the plan is compiled: Chinese by default, English with <c>--lang en</c>
/// (the English texts as they always were). Numbers stay as formulas show them.
/// </summary>
public sealed class CatalogDetailLanguageTests
{
    private static string? Detail(string culture, string name)
    {
        using var _ = UiCulture.Use(culture);
        var (plan, _) = MonthRules.Load(Build.BankPlanPath, Repo.Path("rules"), Build.October);
        return plan.Catalog.Names[name].Detail;
    }

    [Theory]
    // An engine fact's meaning.
    [InlineData("en", "base_salary", "monthly base salary B from the roster (CNY)")]
    [InlineData("zh-CN", "base_salary", "花名册中的月基本工资 B（元）")]
    // A metric and a text metric.
    [InlineData("en", "calls_handled", "imported for the month")]
    [InlineData("zh-CN", "calls_handled", "当月导入")]
    [InlineData("en", "pa_rating", "imported for the month")]
    [InlineData("zh-CN", "pa_rating", "当月导入")]
    // Table, scale and bracket parameters.
    [InlineData("en", "installment_rate", "table 3: 0.003, 6: 0.005, 12: 0.008, 24: 0.01")]
    [InlineData("zh-CN", "installment_rate", "参数表 3：0.003；6：0.005；12：0.008；24：0.01")]
    [InlineData("en", "kpi_coefficient_scale", "tiers from 0: 0, from 60: 0.6, from 80: 1, from 90: 1.2")]
    [InlineData("zh-CN", "kpi_coefficient_scale", "分档 0 起：0；60 起：0.6；80 起：1；90 起：1.2")]
    [InlineData("en", "iit_brackets", "brackets up to 36000: 3% - 0, up to 144000: 10% - 2520, up to 300000: 20% - 16920, "
        + "up to 420000: 25% - 31920, up to 660000: 30% - 52920, up to 960000: 35% - 85920, up to any: 45% - 181920")]
    [InlineData("zh-CN", "iit_brackets", "税率表 不超过 36000：税率 3%，速算扣除数 0；不超过 144000：税率 10%，速算扣除数 2520；"
        + "不超过 300000：税率 20%，速算扣除数 16920；不超过 420000：税率 25%，速算扣除数 31920；不超过 660000：税率 30%，速算扣除数 52920；"
        + "不超过 960000：税率 35%，速算扣除数 85920；其余部分：税率 45%，速算扣除数 181920")]
    // A city parameter.
    [InlineData("en", "si_base_floor", "from the agent's city profile (cities/beijing.yaml, cities/guangzhou.yaml, cities/shanghai.yaml, cities/shenzhen.yaml)")]
    [InlineData("zh-CN", "si_base_floor", "按坐席所在城市档案（cities/beijing.yaml、cities/guangzhou.yaml、cities/shanghai.yaml、cities/shenzhen.yaml）")]
    // Earlier months: the three windows, a negated sum, month by month, the opening balance, months counted.
    [InlineData("en", "ytd_taxable_income", "sum of taxable_income over the earlier months of the year, plus the year's opening balance (Income)")]
    [InlineData("zh-CN", "ytd_taxable_income", "本年以前月份的 taxable_income 之和，加上本年期初余额（Income）")]
    [InlineData("en", "ytd_special_deductions", "minus sum of pension + medical + unemployment + housing_fund over the earlier months of the year, plus the year's opening balance (SpecialDeductions)")]
    [InlineData("zh-CN", "ytd_special_deductions", "本年以前月份的 pension + medical + unemployment + housing_fund 之和的相反数，加上本年期初余额（SpecialDeductions）")]
    [InlineData("en", "ytd_months", "months with a payslip over the earlier months of the year, plus the year's opening balance (Months)")]
    [InlineData("zh-CN", "ytd_months", "本年以前月份中已计薪的月数，加上本年期初余额（Months）")]
    [InlineData("en", "coefficients_earlier_in_quarter", "sum of kpi_coefficient over the earlier months of the quarter")]
    [InlineData("zh-CN", "coefficients_earlier_in_quarter", "本季度以前月份的 kpi_coefficient 之和")]
    [InlineData("en", "accelerator_by_month", "sum of commission_accelerator over the all earlier months, month by month")]
    [InlineData("zh-CN", "accelerator_by_month", "以前所有月份的 commission_accelerator 之和，逐月")]
    public void CatalogDetail_IsInTheUiLanguage(string culture, string name, string expected) =>
        Assert.Equal(expected, Detail(culture, name));

    [Theory]
    [InlineData("en", "the agent's team, imported for the month")]
    [InlineData("zh-CN", "坐席所在团队的值，当月导入")]
    public void TeamMetricDetail_IsInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var (plan, _) = MonthRules.Load(Repo.Path("rules", "plans", "ecommerce-aftersales.yaml"), Repo.Path("rules"), Build.October);
        Assert.Equal(expected, plan.Catalog.Names["team_refund_rate"].Detail);
    }

    [Fact]
    public void EveryEngineFact_HasItsMeaningInBothLanguages_EnglishAsTheReadmeLists()
    {
        foreach (var fact in PayCalc.Rules.Compilation.EngineFacts.All)
        {
            using (UiCulture.Use("en")) Assert.Equal(fact.Meaning, fact.Description);
            using (UiCulture.Use("zh-CN")) Assert.NotEqual(fact.Meaning, fact.Description);
        }
    }
}
