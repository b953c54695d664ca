using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Domain.Ledger;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Generate;
using PayCalc.Storage;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>The ledger lists a correction's adjustment lines paid in a later month, and counts them in the reconciliation.</summary>
public sealed class BonusLedgerAdjustmentTests : IDisposable
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    [Fact]
    public void CorrectedOctober_AdjustmentPaidInNovember_IsInTheLedgerAndTheReconciliation()
    {
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.zhao", null);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Close, "finance.wang", null);
        Assert.Equal(PayrollRunner.Ok, new CorrectionRunner(new StringWriter(), new StringWriter(), _runs.Clock).Correct(
            new CorrectRequest(null, October, ExampleMonthRuns.Example(BankCardCenterExample.CorrectedOctoberFolder), _runs.Db.Path, Repo.Path("rules"))
                { User = "hr.li", Reason = "late overtime slip" }));
        Assert.Equal(PayrollRunner.Ok, _runs.Run(November).Exit);

        var ledger = BonusLedger.Build(store, 2026, "A001");

        var adjustment = Assert.Single(ledger.Lines, l => l.Kind == LedgerKind.Adjustment && l.Node.Explain.Contains("overtime_pay"));
        Assert.Equal((November, Adjustment.Code, 45m), (adjustment.Period, adjustment.Node.Code, adjustment.Amount));
        var agent = Assert.Single(ledger.Agents);
        Assert.Equal(ledger.Lines.Where(l => l.Kind == LedgerKind.Adjustment).Sum(l => l.Amount), agent.Adjustments);
        Assert.Equal(agent.NetCommission + agent.BonusesPaid + agent.Adjustments, ledger.Lines.Sum(l => l.Amount));
        Assert.Contains("；调整 45.00；", BonusLedger.Render(ledger, details: true));
    }
}
