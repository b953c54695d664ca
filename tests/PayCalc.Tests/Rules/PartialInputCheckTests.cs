using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Files.Import;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// The plan's input checks run on the input of an import that found errors, so HR gets every problem in one go; a row
/// the import rejected is not reported again as missing, and a bad roster row does not make its agent unknown elsewhere.
/// </summary>
public class PartialInputCheckTests
{
    private static readonly Period October = new(2026, 10);

    [Fact]
    public void ParseErrors_UnknownTerm_AndMissingMetrics_AreReportedTogether_WithoutFollowOnErrors()
    {
        using var _ = UiCulture.Use("en");
        using var dir = new TempFolder();
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary",
            "A001,张三,T1,2025-03-01,5220", "A002,李四,T1,2025-03-01,5220", "A003,王五,T1,2025-03-01,5220",
            "A004,赵六,T1,2025-03-01,5220", "A005,钱七,T1,2025-03-01,"]);
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes",
            "A001,2026-10-09,9h,18:00,60", "A002,2026-10-09,09:00,18:00,60", "A005,2026-10-09,09:00,18:00,60"]);
        dir.Csv("metrics.csv", ["agent_id,period,qa_score", "A001,2026-10,90", "A002,2026-10,90", "A004,2026-10,150", "A005,2026-10,90"]);
        dir.Csv("sales.csv", ["deal_id,agent_id,booked_date,amount,term_months", "D1,A002,2026-10-12,8000,7", "D2,A005,2026-10-12,8000,12"]);

        var import = new InputFolderReader().Read(dir.Path, October);
        var errors = import.Errors.Concat(PlanInputCheck.Check(Build.BankPlan(October), import.Input)).ToList();

        Assert.Equal(
        [
            ("agents.csv", 6, "base_salary"),      // parse: blank base salary (A005 stays known: no "not in the roster" below)
            ("attendance.csv", 2, "start"),        // parse: not a time
            ("metrics.csv", 4, "qa_score"),        // parse: out of range (A004 then has no metrics row: not reported again)
            ("metrics.csv", 0, "agent_id"),        // plan: A003 has no metrics row
            ("sales.csv", 2, "term_months"),       // plan: unknown installment term
        ], errors.Select(e => (e.File, e.Row, e.Column)));
        Assert.Contains("A003 is employed in 2026-10 but has no metrics row", errors[3].Message);
        Assert.Contains("unknown installment term for deal D1", errors[4].Message);
    }

    [Fact]
    public void MissingMetricsFile_IsOneError_NotOnePerAgent()
    {
        using var dir = new TempFolder();
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary", "A001,张三,T1,2025-03-01,5220", "A002,李四,T1,2025-03-01,5220"]);
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60"]);
        var import = new InputFolderReader().Read(dir.Path, October);
        Assert.Single(import.Errors);
        Assert.Empty(PlanInputCheck.Check(Build.BankPlan(October), import.Input));
    }

    [Fact]
    public void RejectedYtdRow_IsNotReportedAgainAsAMissingOpeningBalance()
    {
        using var _ = UiCulture.Use("en");
        var plan = Build.BankPlan(October);
        var agent = Build.Agent("A001") with { Source = new SourceRef("agents.csv", "", 2) };
        var input = Build.Input(October, [agent, Build.Agent("A002")]) with { Rejected = new RejectedRows([], [("ytd", "A001")]) };
        var e = Assert.Single(OpeningBalanceCheck.Check(plan, input, October));
        Assert.Contains("agent A002", e.Message);
    }

    [Fact]
    public void MetricOutsideThePlansUnit_IsReportedOnItsRow()
    {
        using var _ = UiCulture.Use("en");
        var metrics = Build.Metrics("A001", calls: 10.5m) with { Source = new SourceRef("metrics.csv", "", 7) };
        var input = Build.Input(October, [Build.Agent("A001")], metrics: [metrics]);
        var e = Assert.Single(PlanInputCheck.Check(Build.BankPlan(October), input));
        Assert.Equal(("metrics.csv", 7, "calls_handled", "10.5"), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains("the plan reads calls_handled as a count", e.Message);
    }
}
