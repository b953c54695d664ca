using PayCalc.Domain;
using static PayCalc.Tests.Files.Import.InputTables;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>Team metrics: every metric column read exactly, in .csv and .xlsx, English or Chinese headers; each problem located.</summary>
public class TeamMetricsImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private const string English = "team,period,refund_rate,avg_refund_hours,disputes,dsr,internal_complaints,CSAT";
    private const string Chinese = "组别,月份,退款率,平均退款时长,纠纷数,DSR评分,内部投诉,CSAT";

    [Theory]
    [MemberData(nameof(FormatsAndLanguages), MemberType = typeof(InputTables))]
    public void TeamMetrics_AreReadExactly(TableFormat format, bool chinese)
    {
        using var dir = new TempFolder();
        Defaults(dir);
        var file = Write(dir, "team_metrics", format, chinese ? Chinese : English,
            "T1,2026-10,0.025,18.5,2,4.85,0,96.5",
            "T2,2026-10,0.1,,,,3,");

        var result = Read(dir);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Input.Warnings);
        var t = result.Input.TeamMetrics;
        Assert.Equal(["T1", "T2"], t.Select(x => x.Team));
        Assert.All(t, x => Assert.Equal(October, x.Period));
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["refund_rate"] = 0.025m, ["avg_refund_hours"] = 18.5m, ["disputes"] = 2m, ["dsr"] = 4.85m, ["internal_complaints"] = 0m, ["csat"] = 96.5m,
        }, t[0].Numbers);
        Assert.Equal(new Dictionary<string, decimal> { ["refund_rate"] = 0.1m, ["internal_complaints"] = 3m }, t[1].Numbers);
        Assert.Equal(new SourceRef(file, Sheet(format, "team_metrics"), 3), t[1].Source);
    }

    [Fact]
    public void TeamWithoutAgents_IsAWarningOnce_AndTheRowIsKept()
    {
        using var dir = new TempFolder();
        Defaults(dir);
        dir.Csv("team_metrics.csv", ["team,period,disputes", "T9,2026-10,1", "T1,2026-10,0"]);
        var result = Read(dir);
        Assert.Empty(result.Errors);
        Assert.Equal(["team_metrics.csv::2:team: team T9 has no agent in the roster"], result.Input.Warnings);
        Assert.Equal(["T9", "T1"], result.Input.TeamMetrics.Select(t => t.Team));
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void MissingPeriodColumn_IsOneErrorOnTheHeader(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir);
        var file = Write(dir, "team_metrics", format, "组别,退款率", "T1,0.02");
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal((file, Sheet(format, "team_metrics"), 1, "period"), (e.File, e.Sheet, e.Row, e.Column));
        Assert.Equal("missing required column period (月份)", e.Message);
    }

    /// <summary>Row 2 is T1's valid row; each case's row is row 3.</summary>
    [Theory]
    [InlineData("T1,2026-10,0.03,1", "team", "T1", "duplicate team metrics row for team T1 in 2026-10 (first in row 2)")]
    [InlineData(",2026-10,0.03,1", "team", null, "required value is blank")]
    [InlineData("T2,,0.03,1", "period", null, "required value is blank")]
    [InlineData("T2,10月,0.03,1", "period", "10月", "not a period (expected yyyy-MM)")]
    [InlineData("T2,2026-11,0.03,1", "period", "2026-11", "period 2026-11 does not match --period 2026-10")]
    [InlineData("T2,2026-10,low,1", "refund_rate", "low", "not a number")]
    [InlineData("T2,2026-10,0.03,n/a", "escalations", "n/a", "not a number")]
    [InlineData("T2,2026-10,0.03,1.5", "escalations", "1.5", "")]
    public void BadRow_IsOneErrorWithItsLocationAndValue(string row, string column, string? value, string message)
    {
        using var dir = new TempFolder();
        Defaults(dir);
        dir.Csv("team_metrics.csv", ["team,period,refund_rate,escalations", "T1,2026-10,0.02,0", row]);

        var result = Read(dir);

        if (message.Length == 0)
        {
            // An unknown metric may hold any number: 1.5 is fine.
            Assert.Empty(result.Errors);
            Assert.Equal(1.5m, result.Input.TeamMetrics[1].Numbers[column]);
            return;
        }
        var e = Assert.Single(result.Errors);
        Assert.Equal(("team_metrics.csv", "", 3, column, value), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.Equal(message, e.Message);
        Assert.Equal(["T1"], result.Input.TeamMetrics.Select(t => t.Team));
    }
}
