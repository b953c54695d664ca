using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// A plan's metric may declare the Chinese header of its column (<c>{ unit: money, header: 赔偿金额 }</c>); the short
/// forms stay valid, and a blank or ambiguous header stops the load at its line.
/// </summary>
public class MetricHeaderLoadTests
{
    private static readonly string Bank = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));
    private static readonly string Ecommerce = File.ReadAllText(Repo.Path("rules", "plans", "ecommerce-aftersales.yaml"));

    private static PlanInputs Inputs(string yaml) => PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")).Inputs;

    private static RuleError LoadError(string yaml) =>
        Assert.Single(Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans"))).Errors);

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    private static string Replace(string original, string from, string to)
    {
        Assert.Contains(from, original);
        return original.Replace(from, to);
    }

    [Fact]
    public void ShippedPlans_DeclareTheHeadersOfTheirMetrics()
    {
        var bank = Inputs(Bank);
        Assert.Equal("赔偿金额", bank.MetricHeaders["damage_claim"]);
        Assert.Equal(Unit.Money, bank.Metrics["damage_claim"]);
        Assert.Equal("接听量", bank.MetricHeaders["calls_handled"]);
        var ecommerce = Inputs(Ecommerce);
        Assert.Equal(["refund_rate", "avg_refund_hours", "disputes", "dsr", "internal_complaints"], ecommerce.TeamMetrics);
        Assert.Equal("DSR评分", ecommerce.TeamMetricHeaders["dsr"]);
        Assert.Equal("老客户成交额", ecommerce.MetricHeaders["repeat_order_amount"]);
    }

    [Fact]
    public void TextMetric_DeclaresItsHeaderInThePlan_OrIsAList()
    {
        Assert.Equal("年度考评", Inputs(Bank).MetricHeaders["pa_rating"]);
        Assert.Equal(["pa_rating"], Inputs(Bank).TextMetrics);

        var listed = Inputs(Replace(Bank, "  text_metrics:\n    pa_rating: { header: 年度考评 }\n", "  text_metrics: [pa_rating]\n"));
        Assert.Equal(["pa_rating"], listed.TextMetrics);
        Assert.False(listed.MetricHeaders.ContainsKey("pa_rating"));
    }

    [Fact]
    public void TextMetricHeader_EqualToANumericMetricsHeader_StopsTheLoadAtItsLine()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace(Bank, "pa_rating: { header: 年度考评 }", "pa_rating: { header: 关键项 }");

        var e = LoadError(yaml);

        Assert.Equal(LineOf(yaml, "pa_rating: { header: 关键项 }"), e.Line);
        Assert.Contains("header '关键项' is already the name or header of metric", e.Message);
    }

    [Fact]
    public void ShortForms_StayValid_WithoutAHeader()
    {
        var bank = Inputs(Replace(Bank, "calls_handled: { unit: count, header: 接听量 }", "calls_handled: count"));
        Assert.Equal(Unit.Count, bank.Metrics["calls_handled"]);
        Assert.False(bank.MetricHeaders.ContainsKey("calls_handled"));
        Assert.Equal("质检得分", bank.MetricHeaders["qa_score"]);

        var yaml = Replace(Ecommerce, Ecommerce[Ecommerce.IndexOf("  team_metrics:\n", StringComparison.Ordinal)..Ecommerce.IndexOf("  team_metrics_required", StringComparison.Ordinal)],
            "  team_metrics: [refund_rate, avg_refund_hours, disputes, dsr, internal_complaints]\n");
        var ecommerce = Inputs(yaml);
        Assert.Equal(["refund_rate", "avg_refund_hours", "disputes", "dsr", "internal_complaints"], ecommerce.TeamMetrics);
        Assert.Empty(ecommerce.TeamMetricHeaders);
    }

    [Theory]
    [InlineData("qa_score: { unit: score, header: 质检得分 }", "qa_score: { unit: score, header: \"\" }", "header must be a non-empty text")]
    [InlineData("qa_score: { unit: score, header: 质检得分 }", "qa_score: { unit: score, header: \" \" }", "header must be a non-empty text")]
    [InlineData("qa_score: { unit: score, header: 质检得分 }", "qa_score: { unit: score, header: [a] }", "header must be a non-empty text")]
    [InlineData("qa_score: { unit: score, header: 质检得分 }", "qa_score: { unit: score, header: 接听量 }", "header '接听量' is already the name or header of metric 'calls_handled'")]
    [InlineData("qa_score: { unit: score, header: 质检得分 }", "qa_score: { unit: score, header: Calls_Handled }", "header 'Calls_Handled' is already the name or header of metric 'calls_handled'")]
    [InlineData("qa_score: { unit: score, header: 质检得分 }", "qa_score: { unit: score, heading: 质检得分 }", "unknown key 'heading'")]
    public void BadMetricHeader_IsALoadErrorAtItsLine(string from, string to, string message)
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace(Bank, from, to);
        var e = LoadError(yaml);
        Assert.Equal(("plan.yaml", LineOf(yaml, to)), (e.File, e.Line));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void DuplicateTeamMetricHeader_IsALoadErrorAtItsLine()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace(Ecommerce, "disputes: { header: 纠纷数 }", "disputes: { header: 退款率 }");
        var e = LoadError(yaml);
        Assert.Equal(("plan.yaml", LineOf(yaml, "disputes: { header: 退款率 }")), (e.File, e.Line));
        Assert.Contains("header '退款率' is already the name or header of metric 'refund_rate'", e.Message);
    }
}
