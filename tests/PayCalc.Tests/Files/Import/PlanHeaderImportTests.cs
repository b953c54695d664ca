using PayCalc.Files.Import;
using static PayCalc.Tests.Files.Import.InputTables;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>The Chinese header of a plan's metric or team metric comes from the plan (<see cref="ImportOptions.MetricHeaders"/>), not from C#.</summary>
public class PlanHeaderImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static ImportResult Read(TempFolder dir, ImportOptions options) => new InputFolderReader(options).Read(dir.Path, October);

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void HeaderDeclaredOnlyInThePlan_NamesTheMetric(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        Write(dir, "metrics", format, "工号,月份,通话分钟", "A001,2026-10,95.5");
        var options = ImportOptions.Default with { MetricHeaders = new Dictionary<string, string> { ["talk_minutes"] = "通话分钟" } };

        var result = Read(dir, options);

        Assert.Empty(result.Errors);
        Assert.Equal(new Dictionary<string, decimal> { ["talk_minutes"] = 95.5m }, Assert.Single(result.Input.Metrics).Numbers);
    }

    [Fact]
    public void WithoutThePlansHeader_TheChineseColumnIsAMetricNamedByItsHeader()
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        dir.Csv("metrics.csv", ["工号,月份,赔偿金额", "A001,2026-10,200"]);

        var result = Read(dir, ImportOptions.Default);

        Assert.Empty(result.Errors);
        Assert.Equal(new Dictionary<string, decimal> { ["赔偿金额"] = 200m }, Assert.Single(result.Input.Metrics).Numbers);
    }

    [Fact]
    public void PlanHeaderOfAKnownMetric_KeepsItsRange()
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        dir.Csv("metrics.csv", ["工号,月份,接听数", "A001,2026-10,1.5"]);
        var options = ImportOptions.Default with { MetricHeaders = new Dictionary<string, string> { ["calls_handled"] = "接听数" } };

        var e = Assert.Single(Read(dir, options).Errors);

        Assert.Equal(("metrics.csv", 2, "接听数", "calls_handled must be a count (a whole number, 0 or more)"), (e.File, e.Row, e.Column, e.Message));
    }

    [Fact]
    public void PlanHeaderThatIsAnotherColumnsHeader_IsAnErrorOnTheHeaderRow()
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        dir.Csv("metrics.csv", ["工号,月份,calls_handled", "A001,2026-10,100"]);
        var options = ImportOptions.Default with { MetricHeaders = new Dictionary<string, string> { ["talk_minutes"] = "月份" } };

        var e = Assert.Single(Read(dir, options).Errors);

        Assert.Equal(("metrics.csv", 1, "月份", "the plan's header '月份' for talk_minutes is already the header of column period"), (e.File, e.Row, e.Column, e.Message));
    }

    [Fact]
    public void TeamMetricHeaderDeclaredOnlyInThePlan_NamesTheTeamMetric()
    {
        using var dir = new TempFolder();
        Defaults(dir);
        dir.Csv("team_metrics.csv", ["组别,月份,客户满意度,退款率", "T1,2026-10,96.5,0.02"]);
        var options = ImportOptions.Default with { TeamMetricHeaders = new Dictionary<string, string> { ["csat"] = "客户满意度", ["refund_rate"] = "退款率" } };

        var result = Read(dir, options);

        Assert.Empty(result.Errors);
        Assert.Equal(new Dictionary<string, decimal> { ["csat"] = 96.5m, ["refund_rate"] = 0.02m }, Assert.Single(result.Input.TeamMetrics).Numbers);
    }
}
