using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;

namespace PayCalc.Tests.Application;

/// <summary>Asserts that computed payslips are exactly the stored ones of the month: same agents, and per agent the same
/// lines (code and amount, in order, adjustment lines included), gross and net.</summary>
public static class StoredPayslipLines
{
    public static void AssertEqual(PayrollStore store, Period period, PayrollResult result)
    {
        var stored = store.History.PayslipTotalsBetween(period, period);
        Assert.NotEmpty(stored);
        Assert.Equal(stored.Select(t => t.AgentId).Order(StringComparer.Ordinal), result.Payslips.Select(p => p.AgentId).Order(StringComparer.Ordinal));
        foreach (var slip in result.Payslips)
        {
            var kept = store.Runs.FindPayslip(period, slip.AgentId)!;
            Assert.Equal(kept.Lines.Select(l => (l.Code, l.Amount)), slip.Lines.Select(l => (l.Code, l.Amount)));
            Assert.Equal((kept.Gross, kept.Net), (slip.Gross, slip.Net));
        }
    }
}
