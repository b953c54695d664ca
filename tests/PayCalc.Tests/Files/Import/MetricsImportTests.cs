using PayCalc.Domain;
using static PayCalc.Tests.Files.Import.InputTables;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>
/// Agent metrics: known metrics as numbers, pa_rating as text, any other column kept (numeric when every value is a
/// number, else text), in .csv and .xlsx, English or Chinese headers; each problem located. Ranges: <see cref="ImplausibleValueTests"/>.
/// </summary>
public class MetricsImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private const string English = "agent_id,period,calls_handled,aht_seconds,qa_score,noncritical_errors,critical_errors,pa_rating,Talk_Minutes,coach_note";
    private const string Chinese = "工号,月份,接听量,平均处理时长,质检得分,非关键项,关键项,年度考评,Talk_Minutes,coach_note";

    [Theory]
    [MemberData(nameof(FormatsAndLanguages), MemberType = typeof(InputTables))]
    public void Metrics_NumbersAndTexts_AreReadExactly(TableFormat format, bool chinese)
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        var file = Write(dir, "metrics", format, chinese ? Chinese : English,
            "A001,2026-10,1250,312.5,92.75,3,0,b,5400.5,good",
            "A002,202610,,,,,,,,12",
            "A003,2026/10,80,,100,,1,A,60,");

        var result = Read(dir);

        Assert.Empty(result.Errors);
        var m = result.Input.Metrics;
        Assert.Equal(["A001", "A002", "A003"], m.Select(x => x.AgentId));
        Assert.All(m, x => Assert.Equal(October, x.Period));
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["calls_handled"] = 1250m, ["aht_seconds"] = 312.5m, ["qa_score"] = 92.75m, ["noncritical_errors"] = 3m, ["critical_errors"] = 0m,
            ["talk_minutes"] = 5400.5m,
        }, m[0].Numbers);
        // coach_note holds a number in one row only: the column is text, so "12" stays text.
        Assert.Equal(new Dictionary<string, string> { ["pa_rating"] = "B", ["coach_note"] = "good" }, m[0].Texts);
        Assert.Empty(m[1].Numbers);
        Assert.Equal(new Dictionary<string, string> { ["coach_note"] = "12" }, m[1].Texts);
        Assert.Equal(new Dictionary<string, decimal> { ["calls_handled"] = 80m, ["qa_score"] = 100m, ["critical_errors"] = 1m, ["talk_minutes"] = 60m }, m[2].Numbers);
        Assert.Equal(new Dictionary<string, string> { ["pa_rating"] = "A" }, m[2].Texts);
        Assert.Equal(new SourceRef(file, Sheet(format, "metrics"), 4), m[2].Source);
    }

    [Theory]
    [InlineData("repeat_order_amount,conversion_rate,response_seconds,response_rate,damage_claim", "12000.50,0.35,45,0.98,200")]
    [InlineData("老客户成交额,询单转化率,平均响应时长,回复率,赔偿金额", "12000.50,0.35,45,0.98,200")]
    public void EcommerceMetrics_ByEnglishOrChineseName(string header, string values)
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        dir.Csv("metrics.csv", [$"agent_id,period,{header}", $"A001,2026-10,{values}"]);
        var result = Read(dir);
        Assert.Empty(result.Errors);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["repeat_order_amount"] = 12000.50m, ["conversion_rate"] = 0.35m, ["response_seconds"] = 45m, ["response_rate"] = 0.98m, ["damage_claim"] = 200m,
        }, Assert.Single(result.Input.Metrics).Numbers);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void MissingPeriodColumn_IsOneErrorOnTheHeader(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        var file = Write(dir, "metrics", format, "工号,接听量", "A001,100");
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal((file, Sheet(format, "metrics"), 1, "period"), (e.File, e.Sheet, e.Row, e.Column));
        Assert.Equal("missing required column period (月份)", e.Message);
    }

    /// <summary>Row 2 is A001's valid row; each case's row is row 3.</summary>
    [Theory]
    [InlineData("A099,2026-10,100", "agent_id", "A099", "agent A099 is not in the roster (agents file)")]
    [InlineData(",2026-10,100", "agent_id", null, "required value is blank")]
    [InlineData("A004,2026-10,100", "agent_id", "A004", "agent A004 is not employed in 2026-10")]
    [InlineData("A001,2026-10,90", "agent_id", "A001", "duplicate metrics row for agent A001 in 2026-10 (first in row 2)")]
    [InlineData("A002,,100", "period", null, "required value is blank")]
    [InlineData("A002,2026-13,100", "period", "2026-13", "not a period (expected yyyy-MM)")]
    [InlineData("A002,Oct 2026,100", "period", "Oct 2026", "not a period (expected yyyy-MM)")]
    [InlineData("A002,2026-09,100", "period", "2026-09", "period 2026-09 does not match --period 2026-10")]
    [InlineData("A002,2026-10,many", "calls_handled", "many", "not a number")]
    public void BadRow_IsOneErrorWithItsLocationAndValue(string row, string column, string? value, string message)
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        dir.Csv("metrics.csv", ["agent_id,period,calls_handled", "A001,2026-10,100", row]);

        var result = Read(dir);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("metrics.csv", "", 3, column, value), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void BadRowsInXlsx_NameTheSheetAndTheHeaderAsWritten()
    {
        using var dir = new TempFolder();
        Defaults(dir, "metrics");
        Write(dir, "metrics", TableFormat.Xlsx, "工号,月份,接听量", "A001,2026-10,100", "A002,2026-10,很多");

        var e = Assert.Single(Read(dir).Errors);

        Assert.Equal(("metrics.xlsx", "metrics", 3, "接听量", "很多", "not a number"), (e.File, e.Sheet, e.Row, e.Column, e.Value, e.Message));
    }
}
