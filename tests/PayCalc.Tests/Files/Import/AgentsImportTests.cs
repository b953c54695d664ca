using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using static PayCalc.Tests.Files.Import.InputTables;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>The roster (agents): every column read exactly, in .csv and .xlsx, English or Chinese headers; each problem located.</summary>
public class AgentsImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private const string English = "agent_id,name,team,hire_date,probation_end,termination_date,base_salary,city,contribution_base,housing_fund_rate,special_additional_deduction,contract_term_months";
    private const string Chinese = "工号,姓名,组别,入职日期,试用期截止,离职日期,基本工资,城市,社保基数,公积金比例,专项附加扣除,合同期限月数";

    [Theory]
    [MemberData(nameof(FormatsAndLanguages), MemberType = typeof(InputTables))]
    public void Roster_EveryColumn_IsReadExactly(TableFormat format, bool chinese)
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        var file = Write(dir, "agents", format, chinese ? Chinese : English,
            "A001,张三,T1,2026-09-01,2026-11-30,2026-10-25,5220.50,shanghai,6000,0.07,1500,36",
            "A002,李四,T2,2025-03-01,,,4650,,,,,");

        var result = Read(dir);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Input.Agents.Count);
        var a = result.Input.Agents[0];
        Assert.Equal(("A001", "张三", "T1", new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30), new DateOnly(2026, 10, 25)),
            (a.AgentId, a.Name, a.Team, a.HireDate, a.ProbationEnd, a.TerminationDate));
        Assert.Equal((5220.50m, "shanghai", 6000m, 0.07m, 1500m, 36),
            (a.BaseSalary, a.City, a.ContributionBase!.Value, a.HousingFundRate!.Value, a.SpecialAdditionalDeduction!.Value, a.ContractTermMonths!.Value));
        Assert.Equal(new SourceRef(file, Sheet(format, "agents"), 2), a.Source);
        var b = result.Input.Agents[1];
        Assert.Equal(("A002", "李四", "T2", new DateOnly(2025, 3, 1), 4650m), (b.AgentId, b.Name, b.Team, b.HireDate, b.BaseSalary));
        Assert.Equal((null, null, null, null, null, null, null), (b.ProbationEnd, b.TerminationDate, b.City, b.ContributionBase, b.HousingFundRate, b.SpecialAdditionalDeduction, b.ContractTermMonths));
        Assert.Equal(3, b.Source.Row);
        Assert.True(a.IsEmployedOn(new DateOnly(2026, 10, 25)));
        Assert.False(a.IsEmployedOn(new DateOnly(2026, 10, 26)));
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void ChineseFileName_IsTheRoster(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        Write(dir, "花名册", format, "工号,姓名,组别,入职日期,基本工资", "A001,张三,T1,2025-03-01,5220");
        var result = Read(dir);
        Assert.Empty(result.Errors);
        Assert.Equal(("A001", 5220m), (result.Input.Agents[0].AgentId, result.Input.Agents[0].BaseSalary));
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void MissingRequiredColumn_IsOneErrorOnTheHeaderRow_NamingTheChineseAlias(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        var file = Write(dir, "agents", format, "agent_id,name,team,hire_date", "A001,张三,T1,2025-03-01");

        var e = Assert.Single(Read(dir).Errors);

        Assert.Equal((file, Sheet(format, "agents"), 1, "base_salary", (string?)null), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.Equal("missing required column base_salary (基本工资)", e.Message);
    }

    [Fact]
    public void ColumnTwice_EnglishAndChinese_IsAnError()
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary,工号", "A001,张三,T1,2025-03-01,5220,A001"]);
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal(("agents.csv", 1, "工号"), (e.File, e.Row, e.Column));
        Assert.Equal("column agent_id appears twice (also 'agent_id')", e.Message);
    }

    [Fact]
    public void UnknownColumn_IsAWarning()
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary,nickname", "A001,张三,T1,2025-03-01,5220,San"]);
        var result = Read(dir);
        Assert.Empty(result.Errors);
        Assert.Equal(["agents.csv::1:nickname: unknown column ignored"], result.Input.Warnings);
    }

    /// <summary>Row 2 is a valid A001 (the only agent the other files name); each case's row is row 3.</summary>
    [Theory]
    [InlineData("A001,李四,T1,2025-03-01,,,5000,,,", "agent_id", "A001", "duplicate agent id (first in row 2)")]
    [InlineData("A002,,T1,2025-03-01,,,5000,,,", "name", null, "required value is blank")]
    [InlineData("A002,李四,,2025-03-01,,,5000,,,", "team", null, "required value is blank")]
    [InlineData("A002,李四,T1,,,,5000,,,", "hire_date", null, "required value is blank")]
    [InlineData("A002,李四,T1,2025-02-30,,,5000,,,", "hire_date", "2025-02-30", "not a date (expected yyyy-MM-dd or an Excel date)")]
    [InlineData("A002,李四,T1,2025-03-01,03/31/2025,,5000,,,", "probation_end", "03/31/2025", "not a date")]
    [InlineData("A002,李四,T1,2025-03-01,2025-02-28,,5000,,,", "probation_end", "2025-02-28", "probation end is before the hire date 2025-03-01")]
    [InlineData("A002,李四,T1,2025-03-01,,2025-02-28,5000,,,", "termination_date", "2025-02-28", "termination date is before the hire date 2025-03-01")]
    [InlineData("A002,李四,T1,2025-03-01,,,,,,", "base_salary", null, "required value is blank")]
    [InlineData("A002,李四,T1,2025-03-01,,,5千,,,", "base_salary", "5千", "not a number")]
    [InlineData("A002,李四,T1,2025-03-01,,,0,,,", "base_salary", "0", "base salary must be positive")]
    [InlineData("A002,李四,T1,2025-03-01,,,-5000,,,", "base_salary", "-5000", "base salary must be positive")]
    [InlineData("A002,李四,T1,2025-03-01,,,5000,-1,,", "contribution_base", "-1", "contribution base must not be negative")]
    [InlineData("A002,李四,T1,2025-03-01,,,5000,abc,,", "contribution_base", "abc", "not a number")]
    [InlineData("A002,李四,T1,2025-03-01,,,5000,,7,", "housing_fund_rate", "7", "housing fund rate must be a fraction between 0 and 1 (e.g. 0.07)")]
    [InlineData("A002,李四,T1,2025-03-01,,,5000,,-0.07,", "housing_fund_rate", "-0.07", "housing fund rate must be a fraction between 0 and 1")]
    [InlineData("A002,李四,T1,2025-03-01,,,5000,,,-400", "special_additional_deduction", "-400", "special additional deduction must not be negative")]
    public void BadRow_IsOneErrorWithItsLocationAndValue(string row, string column, string? value, string message)
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,probation_end,termination_date,base_salary,contribution_base,housing_fund_rate,special_additional_deduction",
            "A001,张三,T1,2025-03-01,,,5220,,,", row]);

        var result = Read(dir);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.csv", "", 3, column, value), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.StartsWith(message, e.Message);
        Assert.Equal(["A001"], result.Input.Agents.Select(a => a.AgentId));
    }

    [Theory]
    [InlineData("contract_term_months", "2.5", "contract term must be whole months (e.g. 36) or 'open' / 无固定期限")]
    [InlineData("contract_term_months", "0", "contract term must be whole months")]
    [InlineData("prior_year_low_income", "maybe", "must be yes or no (是/否, 1/0)")]
    public void BadContractTermOrFlag_IsAnError(string column, string value, string message)
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        dir.Csv("agents.csv", [$"agent_id,name,team,hire_date,base_salary,{column}", "A001,张三,T1,2025-03-01,5220,", $"A002,李四,T1,2025-03-01,5000,{value}"]);
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal(("agents.csv", 3, column, value), (e.File, e.Row, e.Column, e.Value));
        Assert.Equal(message, e.Message[..message.Length]);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void BadRowsInXlsx_NameTheSheet(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir, "agents");
        var file = Write(dir, "agents", format, "agent_id,name,team,hire_date,base_salary", "A001,张三,T1,2025-03-01,5220", "A002,李四,T1,someday,0");

        var errors = Read(dir).Errors;

        Assert.Equal([(file, Sheet(format, "agents"), 3, "hire_date", "someday"), (file, Sheet(format, "agents"), 3, "base_salary", "0")],
            errors.Select(e => (e.File, e.Sheet, e.Row, e.Column, e.Value)));
    }
}
