using PayCalc.Application;
using PayCalc.Files.Import;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Payroll;

/// <summary>Amounts-only payslips (what verify and simulate compute) have exactly the amounts of full ones, and nothing
/// else: no explanation, variable, fact or row.</summary>
public sealed class PayslipDetailTests
{
    [Theory]
    [InlineData("bank-card-center")]
    [InlineData("ecommerce-aftersales")]
    public void AmountsOnly_ExampleOctober_SameLinesGrossNetAndEmployerCostAsFull(string example)
    {
        var (plan, calendar) = MonthRules.Load(Repo.Path("rules", "plans", example + ".yaml"), Repo.Path("rules"), Build.October);
        var input = MonthComputation.Import(plan, Repo.Path("examples", example, "2026-10"), Build.October, ImportOptions.Default).Input;

        var full = new PayrollEngine(plan, calendar).Compute(input);
        var amounts = new PayrollEngine(plan, calendar, detail: PayslipDetail.AmountsOnly).Compute(input);

        Assert.Equal(full.Payslips.Count, amounts.Payslips.Count);
        Assert.Contains(full.Payslips, p => p.Trace.Count > 0 && p.Facts.Count > 0 && p.Lines.Any(l => l.Explain.Length > 0));
        foreach (var (f, a) in full.Payslips.Zip(amounts.Payslips))
        {
            Assert.Equal(f.AgentId, a.AgentId);
            Assert.Equal(f.Lines.Select(l => (l.Code, l.Amount)), a.Lines.Select(l => (l.Code, l.Amount)));
            Assert.Equal((f.Gross, f.Net, f.EmployerCost), (a.Gross, a.Net, a.EmployerCost));
            Assert.All(a.Lines, l => Assert.Equal("", l.Explain));
            Assert.Empty(a.Trace);
            Assert.Empty(a.Facts);
            Assert.Empty(a.Rows);
        }
        Assert.Equal(full.Flags, amounts.Flags);
    }

    [Fact]
    public void HistoryIncludingCodes_KeepsOnlyThoseLinesAndCountsEveryPayslipMonth()
    {
        var (plan, calendar) = MonthRules.Load(Build.BankPlanPath, Repo.Path("rules"), Build.October);
        var october = new PayrollEngine(plan, calendar, detail: PayslipDetail.AmountsOnly)
            .Compute(MonthComputation.Import(plan, Repo.Path("examples", "bank-card-center", "2026-10"), Build.October, ImportOptions.Default).Input);
        var all = PayrollHistory.Empty.Including(october);
        var some = PayrollHistory.Empty.Including(october, new HashSet<string> { "taxable_income" });
        HistoryDefinition Reading(string code, bool countsMonths = false) => new()
        {
            Name = "h", Lines = countsMonths ? [] : [code], CountsMonths = countsMonths, Window = HistoryWindow.Year, File = "test", Line = 1,
        };
        var november = Build.October.Next();

        Assert.Equal([Build.October], some.Months);
        Assert.All(october.Payslips, p =>
        {
            var taxable = p.Lines.Where(l => l.Code == "taxable_income").Sum(l => l.Amount);
            Assert.Equal(taxable, some.ValueOf(Reading("taxable_income"), p.AgentId, november, null));
            Assert.Equal(taxable, all.ValueOf(Reading("taxable_income"), p.AgentId, november, null));
            Assert.Equal(0m, some.ValueOf(Reading("base_pay"), p.AgentId, november, null));
            Assert.Equal(1m, some.ValueOf(Reading("", countsMonths: true), p.AgentId, november, null));
        });
        Assert.Contains(october.Payslips, p => all.ValueOf(Reading("base_pay"), p.AgentId, november, null) != 0m);
        Assert.Contains(october.Payslips, p => some.ValueOf(Reading("taxable_income"), p.AgentId, november, null) != 0m);
    }
}
