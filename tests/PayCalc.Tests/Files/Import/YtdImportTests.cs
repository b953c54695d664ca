using PayCalc.Domain;
using PayCalc.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>The optional ytd file (data contract) and the roster's tax and contract columns.</summary>
public class YtdImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);

    private static void Minimal(TempFolder dir, string agentsExtraHeader = "", string agentsExtraValue = "")
    {
        dir.Csv("agents.csv", [$"agent_id,name,team,hire_date,base_salary{agentsExtraHeader}", $"A001,张三,T1,2025-03-01,5220{agentsExtraValue}", "A002,李四,T1,2026-10-08,5000" + string.Concat(Enumerable.Repeat(",", agentsExtraHeader.Count(c => c == ',')))]);
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60"]);
        dir.Csv("metrics.csv", ["agent_id,period,calls_handled", "A001,2026-10,100", "A002,2026-10,100"]);
    }

    [Fact]
    public void Ytd_ChineseHeaders_AreRead()
    {
        using var dir = new TempFolder();
        Minimal(dir);
        dir.Csv("累计预扣.csv", ["工号,年度,累计月份,累计收入,累计专项扣除,累计专项附加扣除,累计已预扣税额", "A001,2026,9,52380,10350,0,0"]);
        var result = new InputFolderReader().Read(dir.Path, October);
        Assert.Empty(result.Errors);
        var b = Assert.Single(result.Input.YtdBalances);
        Assert.Equal(("A001", 2026, 9, 52380m, 10350m, 0m, 0m), (b.AgentId, b.Year, b.Months, b.Income, b.SpecialDeductions, b.AdditionalDeductions, b.TaxWithheld));
    }

    [Fact]
    public void Ytd_BadRows_AreAllReported()
    {
        using var dir = new TempFolder();
        Minimal(dir);
        dir.Csv("ytd.csv", ["agent_id,year,months,income,special_deductions,additional_deductions,tax_withheld",
            "A001,2026,13,100,0,0,0", "A002,2026,1,-5,0,0,0", "A001,2026,9,100,0,0,0", "A001,2026,9,100,0,0,0", "A099,2026,9,1,0,0,0"]);
        var result = new InputFolderReader().Read(dir.Path, October);
        Assert.Equal(["months", "income", "agent_id"], result.Errors.Select(e => e.Column));
        Assert.Contains(result.Input.Warnings, w => w.Contains("A099") && w.Contains("not in the roster"));
    }

    [Fact]
    public void Roster_TaxFlagsAndContractTerm()
    {
        using var dir = new TempFolder();
        Minimal(dir, ",first_income_of_year,prior_year_low_income,contract_term_months", ",是,no,open");
        var result = new InputFolderReader().Read(dir.Path, October);
        Assert.Empty(result.Errors);
        var a = result.Input.Agents.Single(x => x.AgentId == "A001");
        Assert.True(a.FirstWageIncomeOfYear);
        Assert.False(a.PriorYearLowIncome);
        Assert.Equal(Domain.Inputs.Agent.OpenEndedContractMonths, a.ContractTermMonths);
        Assert.Null(result.Input.Agents.Single(x => x.AgentId == "A002").ContractTermMonths);
    }

    [Fact]
    public void Roster_BadFlag_IsAnError()
    {
        using var dir = new TempFolder();
        Minimal(dir, ",first_income_of_year", ",maybe");
        var e = Assert.Single(new InputFolderReader().Read(dir.Path, October).Errors);
        Assert.Equal("first_income_of_year", e.Column);
    }

    [Theory]
    [MemberData(nameof(InputTables.FormatsAndLanguages), MemberType = typeof(InputTables))]
    public void Ytd_EveryColumn_IsReadExactly(TableFormat format, bool chinese)
    {
        using var dir = new TempFolder();
        Minimal(dir);
        var file = InputTables.Write(dir, "ytd", format,
            chinese ? "工号,年度,累计月份,累计收入,累计专项扣除,累计专项附加扣除,累计已预扣税额" : "agent_id,year,months,income,special_deductions,additional_deductions,tax_withheld",
            "A001,2026,9,52380.25,10350.60,18000,1234.56",
            "A002,2026,0,0,0,0,0");

        var result = new InputFolderReader().Read(dir.Path, October);

        Assert.Empty(result.Errors);
        Assert.Equal(
        [
            ("A001", 2026, 9, 52380.25m, 10350.60m, 18000m, 1234.56m, 2),
            ("A002", 2026, 0, 0m, 0m, 0m, 0m, 3),
        ], result.Input.YtdBalances.Select(b => (b.AgentId, b.Year, b.Months, b.Income, b.SpecialDeductions, b.AdditionalDeductions, b.TaxWithheld, b.Source.Row)));
        Assert.Equal((file, InputTables.Sheet(format, "ytd")), (result.Input.YtdBalances[0].Source.File, result.Input.YtdBalances[0].Source.Sheet));
    }

    [Theory]
    [MemberData(nameof(InputTables.Formats), MemberType = typeof(InputTables))]
    public void Ytd_MissingRequiredColumn_IsOneErrorOnTheHeader(TableFormat format)
    {
        using var dir = new TempFolder();
        Minimal(dir);
        var file = InputTables.Write(dir, "ytd", format, "工号,年度,累计月份,累计收入,累计专项扣除,累计专项附加扣除", "A001,2026,9,52380,10350,0");
        var e = Assert.Single(new InputFolderReader().Read(dir.Path, October).Errors);
        Assert.Equal((file, InputTables.Sheet(format, "ytd"), 1, "tax_withheld"), (e.File, e.Sheet, e.Row, e.Column));
        Assert.Equal("missing required column tax_withheld (累计已预扣税额)", e.Message);
    }

    /// <summary>Row 2 is A001's valid balance; each case's row is row 3.</summary>
    [Theory]
    [InlineData(",2026,9,100,0,0,0", "agent_id", null, "required value is blank")]
    [InlineData("A002,,9,100,0,0,0", "year", null, "required value is blank")]
    [InlineData("A002,26,9,100,0,0,0", "year", "26", "year must be a whole year such as 2026")]
    [InlineData("A002,2026.5,9,100,0,0,0", "year", "2026.5", "year must be a whole year such as 2026")]
    [InlineData("A002,二〇二六,9,100,0,0,0", "year", "二〇二六", "not a number")]
    [InlineData("A002,2026,9.5,100,0,0,0", "months", "9.5", "months must be a whole number 0-12")]
    [InlineData("A002,2026,-1,100,0,0,0", "months", "-1", "months must be a whole number 0-12")]
    [InlineData("A002,2026,9,abc,0,0,0", "income", "abc", "not a number")]
    [InlineData("A002,2026,9,100,-1,0,0", "special_deductions", "-1", "must not be negative")]
    [InlineData("A002,2026,9,100,0,-1,0", "additional_deductions", "-1", "must not be negative")]
    [InlineData("A002,2026,9,100,0,0,", "tax_withheld", null, "required value is blank")]
    [InlineData("A002,2026,9,100,0,0,-0.01", "tax_withheld", "-0.01", "must not be negative")]
    [InlineData("A001,2026,9,100,0,0,0", "agent_id", "A001", "second opening balance for this agent and year 2026 (first in row 2)")]
    public void Ytd_BadRow_IsOneErrorWithItsLocationAndValue(string row, string column, string? value, string message)
    {
        using var dir = new TempFolder();
        Minimal(dir);
        dir.Csv("ytd.csv", ["agent_id,year,months,income,special_deductions,additional_deductions,tax_withheld", "A001,2026,9,52380,10350,0,0", row]);

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("ytd.csv", "", 3, column, value), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Ytd_SameAgentOtherYear_IsFine()
    {
        using var dir = new TempFolder();
        Minimal(dir);
        dir.Csv("ytd.csv", ["agent_id,year,months,income,special_deductions,additional_deductions,tax_withheld", "A001,2026,9,52380,10350,0,0", "A001,2025,12,60000,12000,0,120"]);
        var result = new InputFolderReader().Read(dir.Path, October);
        Assert.Empty(result.Errors);
        Assert.Equal([2026, 2025], result.Input.YtdBalances.Select(b => b.Year));
    }
}
