using PayCalc.Domain;
using PayCalc.Files.Import;

namespace PayCalc.Tests.Files.Import;

/// <summary>The optional ytd file (data contract) and the roster's tax and contract columns.</summary>
public class YtdImportTests
{
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
}
