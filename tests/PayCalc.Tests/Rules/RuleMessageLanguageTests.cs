using PayCalc.Domain;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// Rule-load and compute errors speak the UI language: Chinese by default, English when the UI culture is English,
/// always in the shape <c>file:line: [rule code] message</c> with the codes and names quoted unchanged. An unknown name
/// in a formula is said in the plan's words, with the closest known name, never the engine's types.
/// </summary>
public class RuleMessageLanguageTests
{
    private static readonly string Original = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));

    private static RuleError Single(string from, string to)
    {
        Assert.Contains(from, Original);
        var yaml = Original.Replace(from, to);
        var ex = Assert.Throws<RuleLoadException>(() => PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), new Period(2026, 10)));
        return Assert.Single(ex.Errors);
    }

    private static int LineOf(string text) => Original.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    [Fact]
    public void UnknownName_Chinese_NamesItAndTheClosestKnownName()
    {
        var e = Single("amount: OT * h * overtime_rate", "amount: OT * h * overtime_rat");
        Assert.Equal($"plan.yaml:{LineOf("amount: OT * h * overtime_rate")}: [overtime_pay] amount 'OT * h * overtime_rat'：未知名称 'overtime_rat'（第 10 个字符）；您是指 overtime_rate 吗？",
            e.ToString());
    }

    [Fact]
    public void UnknownName_English_NamesItAndTheClosestKnownName()
    {
        using var _ = UiCulture.Use("en");
        var e = Single("amount: OT * h * overtime_rate", "amount: OT * h * overtime_rat");
        Assert.Equal($"plan.yaml:{LineOf("amount: OT * h * overtime_rate")}: [overtime_pay] amount 'OT * h * overtime_rat': unknown name 'overtime_rat' (at character 10); did you mean overtime_rate?",
            e.ToString());
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void UnknownName_NeverShowsTheEngineTypes(string culture)
    {
        using var _ = UiCulture.Use(culture);
        var e = Single("amount: OT * h * overtime_rate", "amount: OT * h * zzqqxx");
        Assert.Contains("'zzqqxx'", e.Message);
        Assert.DoesNotContain("AgentScope", e.Message);
        Assert.DoesNotContain("No property or field", e.Message);
        // Nothing near enough to suggest: no guess.
        Assert.DoesNotContain("overtime_rate?", e.Message);
        Assert.DoesNotContain("吗", e.Message);
    }

    [Theory]
    [InlineData("zh-CN", "班次（shift）没有字段 'Hourz'", "您是指 Hours 吗？")]
    [InlineData("en", "a shift has no field 'Hourz'", "did you mean Hours?")]
    public void UnknownFieldOfAFact_IsSaidInTheFactsWords(string culture, string says, string suggests)
    {
        using var _ = UiCulture.Use(culture);
        var e = Single("value: shifts.Where(s => !s.IsStatutoryHoliday).Sum(s => s.Hours)", "value: shifts.Where(s => !s.IsStatutoryHoliday).Sum(s => s.Hourz)");
        Assert.Equal("Hn", e.Code);
        Assert.Contains(says, e.Message);
        Assert.Contains(suggests, e.Message);
        Assert.DoesNotContain("ShiftFact", e.Message);
    }

    [Theory]
    [InlineData("zh-CN", "未知的键 'coment'。")]
    [InlineData("en", "unknown key 'coment'.")]
    public void UnknownKey_InBothLanguages(string culture, string message)
    {
        using var _ = UiCulture.Use(culture);
        var e = Single("    comment: No performance pay for probation days.", "    coment: No performance pay for probation days.");
        Assert.Equal($"plan.yaml:{LineOf("No performance pay for probation days.")}: [performance_pay] {message}", e.ToString());
    }

    [Theory]
    [InlineData("zh-CN", "循环依赖：")]
    [InlineData("en", "cycle: ")]
    public void Cycle_InBothLanguages(string culture, string starts)
    {
        using var _ = UiCulture.Use(culture);
        var e = Single("value: base_salary * f / monthly_standard_hours", "value: base_salary * f / monthly_standard_hours + overtime_pay");
        Assert.StartsWith(starts, e.Message);
        Assert.Contains("overtime_pay", e.Message);
    }

    [Theory]
    [InlineData("zh-CN", "坐席 A001：[night_allowance] 参数表 'installment_rate' 没有条目 '5'。")]
    [InlineData("en", "agent A001: [night_allowance] table 'installment_rate' has no entry '5'.")]
    public void ComputeError_InBothLanguages(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var table = new PayCalc.Rules.Evaluation.LookupTable("installment_rate", new Dictionary<string, decimal> { ["6"] = 0.005m });
        var ex = Assert.Throws<PayCalc.Rules.Evaluation.RuleEvaluationException>(() => table.Of(5));
        Assert.Equal(expected, new ComputeError("A001", "night_allowance", ex.Message).ToString());
    }

    [Theory]
    [InlineData("zh-CN", "除数为零。")]
    [InlineData("en", "division by zero.")]
    public void DivisionByZero_IsSaidInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        Assert.Equal(expected, PayCalc.Rules.RuleMessages.Of(new DivideByZeroException()));
    }

    [Fact]
    public void MissingKey_Throws_NamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => PayCalc.Rules.RuleMessages.Get("No_Such_Key"));
        Assert.Contains("No_Such_Key", ex.Message);
    }
}
