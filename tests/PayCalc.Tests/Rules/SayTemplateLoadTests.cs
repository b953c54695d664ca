using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// A line's explanation in words (<c>say:</c> Chinese, <c>say_en:</c> English) names plan values in braces; the load
/// checks every name (known, and with one value to show) and stops at the template's file:line with the line's code.
/// </summary>
public class SayTemplateLoadTests
{
    private const string OvertimeSay = "say: \"加班 {OT} 小时 × 时薪 {h} × {overtime_rate}\"";
    private static readonly string Original = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));

    private static IReadOnlyList<RuleError> Errors(string from, string to)
    {
        Assert.Contains(from, Original);
        var yaml = Original.Replace(from, to);
        return Assert.Throws<RuleLoadException>(() => PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), new Period(2026, 10))).Errors;
    }

    private static int LineOf(string text) => Original.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    [Fact]
    public void ShippedPlans_EveryPayLineSaysItself_InBothLanguages()
    {
        foreach (var plan in new[] { "bank-card-center", "ecommerce-aftersales" })
        {
            var compiled = PlanCompiler.Compile(PlanLoader.Load(Repo.Path("rules", "plans", plan + ".yaml")), new Period(2026, 10));
            var lines = compiled.Components.Where(c => c.Definition.IsLine).Select(c => c.Code).ToList();
            Assert.NotEmpty(lines);
            Assert.All(lines, code => Assert.True(compiled.Catalog.Say.ContainsKey(code) && compiled.Catalog.SayEn.ContainsKey(code), $"{plan}: {code} has no say/say_en"));
        }
    }

    [Theory]
    [InlineData("zh-CN", "say 写了未知名称 'overtime_rat'；您是指 overtime_rate 吗？")]
    [InlineData("en", "say names 'overtime_rat', which is unknown; did you mean overtime_rate?")]
    public void UnknownName_StopsTheLoadAtTheTemplatesLine(string culture, string message)
    {
        using var _ = UiCulture.Use(culture);
        var e = Assert.Single(Errors(OvertimeSay, "say: \"加班 {OT} 小时 × 时薪 {h} × {overtime_rat}\""));
        Assert.Equal($"plan.yaml:{LineOf(OvertimeSay)}: [overtime_pay] {message}", e.ToString());
    }

    [Fact]
    public void UnknownName_InTheEnglishTemplate_IsReportedToo()
    {
        using var _ = UiCulture.Use("en");
        const string english = "say_en: \"{OT} h overtime × hourly wage {h} × {overtime_rate}\"";
        var e = Assert.Single(Errors(english, "say_en: \"{OT} h overtime × hourly wage {hourly} × {overtime_rate}\""));
        Assert.Equal("overtime_pay", e.Code);
        Assert.Equal(LineOf(english), e.Line);
        Assert.Contains("say_en names 'hourly', which is unknown", e.Message);
    }

    [Fact]
    public void TableParameter_HasNoSingleValueToSay()
    {
        var e = Assert.Single(Errors(OvertimeSay, "say: \"加班 {OT} 小时，费率表 {installment_rate}\""));
        Assert.Equal("overtime_pay", e.Code);
        Assert.Equal("say 写了 'installment_rate'，它没有单一的值（表格、分档或逐月历史），不能写进说明。", e.Message);
    }

    [Theory]
    [InlineData("say: \"加班 {OT 小时\"")]
    [InlineData("say: \"加班 {OT * h} 小时\"")]
    public void MalformedPlaceholder_IsReported(string to)
    {
        var e = Assert.Single(Errors(OvertimeSay, to));
        Assert.Equal("overtime_pay", e.Code);
        Assert.Equal(LineOf(OvertimeSay), e.Line);
    }

    [Fact]
    public void Fill_ReplacesKnownNames_AndLeavesOthersAsWritten()
    {
        var values = new Dictionary<string, string> { ["OT"] = "22", ["h"] = "30" };
        Assert.Equal("加班 22 小时 × 时薪 30 × {x}", FormulaText.Fill("加班 {OT} 小时 × 时薪 {h} × {x}", values.GetValueOrDefault));
    }
}
