using PayCalc.Domain;
using PayCalc.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>Amounts beyond any plausible figure, metrics outside what they mean, unprintable ids and names.</summary>
public class ImplausibleValueTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);

    private static ImportResult Read(TempFolder dir, string? agentRow = null, string? metricsHeader = null, string? metricsRow = null,
        ImportOptions? options = null)
    {
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary,contribution_base", agentRow ?? "A001,张三,T1,2025-03-01,5220,"]);
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60"]);
        dir.Csv("metrics.csv", [metricsHeader ?? "agent_id,period,calls_handled", metricsRow ?? "A001,2026-10,100"]);
        return new InputFolderReader(options).Read(dir.Path, October);
    }

    [Fact]
    public void BaseSalary1e15_IsRefusedNamingTheLimitAndItsSetting()
    {
        using var dir = new TempFolder();
        var e = Assert.Single(Read(dir, agentRow: "A001,张三,T1,2025-03-01,1e15,").Errors);
        Assert.Equal(("agents.csv", 2, "base_salary", "1e15"), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains("above the largest accepted amount 10,000,000 (setting PayCalc:Import:MaxAmount)", e.Message);
    }

    [Fact]
    public void MaxAmount_IsASetting()
    {
        using var dir = new TempFolder();
        Assert.Empty(Read(dir, agentRow: "A001,张三,T1,2025-03-01,5220,30000").Errors);
        var e = Assert.Single(Read(dir, agentRow: "A001,张三,T1,2025-03-01,5220,30000", options: new ImportOptions { MaxAmount = 20_000m }).Errors);
        Assert.Equal(("contribution_base", "30000"), (e.Column, e.Value));
        Assert.Contains("20,000", e.Message);
    }

    [Fact]
    public void Deal1e15_IsRefused()
    {
        using var dir = new TempFolder();
        dir.Csv("sales.csv", ["deal_id,agent_id,booked_date,amount,term_months", "D1,A001,2026-10-09,8000,12", "D2,A001,2026-10-10,1000000000000000,12"]);
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal(("sales.csv", 3, "amount", "1000000000000000"), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains("setting PayCalc:Import:MaxAmount", e.Message);
    }

    [Fact]
    public void YtdBalance1e15_IsRefused()
    {
        using var dir = new TempFolder();
        dir.Csv("ytd.csv", ["agent_id,year,months,income,special_deductions,additional_deductions,tax_withheld", "A001,2026,9,1e15,0,0,0"]);
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal(("ytd.csv", 2, "income"), (e.File, e.Row, e.Column));
        Assert.Contains("largest accepted amount", e.Message);
    }

    [Theory]
    [InlineData("calls_handled", "-5", "a count")]
    [InlineData("calls_handled", "10.5", "a count")]
    [InlineData("qa_score", "101", "a QA score (0 to 100)")]
    [InlineData("response_rate", "95", "a rate (a fraction from 0 to 1")]
    [InlineData("aht_seconds", "-1", "a duration")]
    [InlineData("repeat_order_amount", "20000000", "largest accepted amount")]
    [InlineData("talk_minutes", "1e15", "largest accepted amount")]
    public void MetricOutsideWhatItMeans_IsAnError(string metric, string value, string phrase)
    {
        using var dir = new TempFolder();
        var e = Assert.Single(Read(dir, metricsHeader: $"agent_id,period,{metric}", metricsRow: $"A001,2026-10,{value}").Errors);
        Assert.Equal(("metrics.csv", 2, metric, value), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains(phrase, e.Message);
    }

    [Fact]
    public void TeamMetricRateAsAPercentage_IsAnError()
    {
        using var dir = new TempFolder();
        dir.Csv("team_metrics.csv", ["team,period,refund_rate,dsr", "T1,2026-10,0.03,4.9", "T2,2026-10,3,4.9"]);
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal(("team_metrics.csv", 3, "refund_rate"), (e.File, e.Row, e.Column));
    }

    [Fact]
    public void NulInAName_IsAnErrorWithTheCharacterShownEscaped()
    {
        using var dir = new TempFolder();
        var e = Assert.Single(Read(dir, agentRow: "A001,张\0三,T1,2025-03-01,5220,").Errors);
        Assert.Equal(("agents.csv", 2, "name", "张\\u0000三"), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains("control character U+0000 at position 2", e.Message);
    }

    [Fact]
    public void ControlCharacterInAnId_IsOneErrorOnTheRoster_NotAlsoUnknownAgentElsewhere()
    {
        using var dir = new TempFolder();
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary", "A0\u000101,张三,T1,2025-03-01,5220", "A002,李四,T1,2025-03-01,5220"]);
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A0\u000101,2026-10-09,09:00,18:00,60", "A002,2026-10-09,09:00,18:00,60"]);
        dir.Csv("metrics.csv", ["agent_id,period,calls_handled", "A0\u000101,2026-10,100", "A002,2026-10,100"]);
        var e = Assert.Single(new InputFolderReader().Read(dir.Path, October).Errors);
        Assert.Equal(("agents.csv", 2, "agent_id", "A0\\u000101"), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains("control character U+0001", e.Message);
    }

    [Theory]
    [InlineData("\u007F", "ids and names must be printable text")]
    [InlineData("\uFFFD", "cell contains U+FFFD (\uFFFD), the mark of text lost to a wrong encoding")]
    [InlineData("\t", "ids and names must be printable text")]
    public void OtherUnprintableCharactersInATeam_AreErrors(string c, string phrase)
    {
        using var dir = new TempFolder();
        var e = Assert.Single(Read(dir, agentRow: $"A001,张三,T{c}1,2025-03-01,5220,").Errors);
        Assert.Equal((2, "team"), (e.Row, e.Column));
        Assert.Contains(phrase, e.Message);
    }
}
