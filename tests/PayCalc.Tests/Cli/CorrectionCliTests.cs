using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Generate;
using PayCalc.Storage;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// <c>paycalc correct</c> on the shipped example: October closed, corrected from <c>2026-10-corrected</c> (one more overtime
/// hour for A001); the differences go to November as adjustment lines and October's stored payslips never change.
/// </summary>
public sealed class CorrectionCliTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    private int Run(Period period, string folder, TempDatabase? db = null) => _runs.Run(period, folder, db).Exit;

    private int Correct(StringWriter output, StringWriter errors) =>
        new CorrectionRunner(output, errors, _runs.Clock).Correct(
            new CorrectRequest(null, October, ExampleMonthRuns.Example(BankCardCenterExample.CorrectedOctoberFolder), _runs.Db.Path, Repo.Path("rules")) { User = "hr.li", Reason = "late overtime slip" });

    private void CloseOctober()
    {
        Assert.Equal(PayrollRunner.Ok, Run(October, "2026-10"));
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.zhao", null);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Close, "finance.wang", null);
    }

    /// <summary>The database without the tables a correction writes to (adjustment, audit_entry and their row counters).</summary>
    private string PayrollTables() =>
        string.Join("# ", DatabaseSnapshot.Of(_runs.Db.Path).Split("# ").Where(t => !t.StartsWith("adjustment") && !t.StartsWith("audit_entry") && !t.StartsWith("sqlite_sequence")));

    [Fact]
    public void Correct_AdjustmentsAddUpToRecomputedMinusOriginal_ClosedMonthUnchanged()
    {
        CloseOctober();
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        var before = PayrollTables();
        var original = store.History.PayslipTotalsBetween(October, October).ToDictionary(t => t.AgentId, t => t.Net);
        var output = new StringWriter();

        Assert.Equal(PayrollRunner.Ok, Correct(output, new StringWriter()));

        // October is as it was: same payslips, lines, inputs; still closed.
        Assert.Equal(before, PayrollTables());
        Assert.Equal(PeriodStatus.Closed, store.Periods.GetPeriodStatus(October));
        // The corrected month computed on its own (a separate database) is what the adjustments must add up to.
        using var shadowDb = new TempDatabase();
        Assert.Equal(PayrollRunner.Ok, Run(October, BankCardCenterExample.CorrectedOctoberFolder, shadowDb));
        var recomputed = new PayrollStore(shadowDb.Path, _runs.Clock).History.PayslipTotalsBetween(October, October).ToDictionary(t => t.AgentId, t => t.Net);
        var adjustments = store.Adjustments.AdjustmentsPaidIn(November);
        Assert.Equal(original.Keys.Order(), recomputed.Keys.Order());
        foreach (var agent in original.Keys)
            Assert.Equal(recomputed[agent] - original[agent], adjustments.Where(a => a.AgentId == agent).Sum(a => a.Amount));
        // One more overtime hour at h x 1.5 = 30 x 1.5: 990.00 -> 1,035.00.
        var a001 = Assert.Single(adjustments, a => a.AgentId == "A001" && a.LineCode == "overtime_pay");
        Assert.Equal((990m, 1035m, 45m, LineCategory.Earning), (a001.Before, a001.After, a001.Amount, a001.Category));
        Assert.Equal("2026-10 overtime_pay: 990.00 -> 1,035.00", a001.Explain);
        Assert.Contains("paid in 2026-11", output.ToString());
        var audit = store.Periods.AuditEntries(October).Last();
        Assert.Equal(("correct", "hr.li"), (audit.Command, audit.User));
        Assert.Contains($"{adjustments.Count} adjustment line(s)", audit.Detail);
        Assert.Contains("reason: late overtime slip", audit.Detail);

        // November's run pays them as adjustment lines after the plan's lines.
        Assert.Equal(PayrollRunner.Ok, Run(November, "2026-11"));
        var slip = store.Runs.FindPayslip(November, "A001")!;
        var line = Assert.Single(slip.Lines, l => l.Code == Adjustment.Code && l.Explain.Contains("overtime_pay"));
        Assert.Equal((45m, LineCategory.Earning, "2026-10 overtime_pay: 990.00 -> 1,035.00"), (line.Amount, line.Category, line.Explain));
        Assert.Equal(slip.Lines.Where(l => l.Category == LineCategory.Earning).Sum(l => l.Amount), slip.Gross);

        // Correcting again from the same folder finds nothing new (posted differences count as paid).
        var again = new StringWriter();
        Assert.Equal(PayrollRunner.Ok, Correct(again, new StringWriter()));
        Assert.Contains("nothing to post", again.ToString());
        Assert.Equal(adjustments.Count, store.Adjustments.AdjustmentsOf(October).Count);
    }

    [Fact]
    public void Correct_AMonthNotClosed_IsRefusedAndChangesNothing()
    {
        Assert.Equal(PayrollRunner.Ok, Run(October, "2026-10"));
        var before = DatabaseSnapshot.Of(_runs.Db.Path);
        var errors = new StringWriter();

        Assert.Equal(PayrollRunner.Failure, Correct(new StringWriter(), errors));

        Assert.Contains("Period 2026-10 is calculated, not closed", errors.ToString());
        Assert.Equal(before, DatabaseSnapshot.Of(_runs.Db.Path));
    }

    [Fact]
    public void Correct_WhenNovemberIsClosedToo_PostsToDecember()
    {
        CloseOctober();
        Assert.Equal(PayrollRunner.Ok, Run(November, "2026-11"));
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        store.Periods.ChangePeriodStatus(November, PeriodAction.Approve, "hr.zhao", null);
        store.Periods.ChangePeriodStatus(November, PeriodAction.Close, "finance.wang", null);

        Assert.Equal(PayrollRunner.Ok, Correct(new StringWriter(), new StringWriter()));

        Assert.Empty(store.Adjustments.AdjustmentsPaidIn(November));
        Assert.Contains(store.Adjustments.AdjustmentsPaidIn(new Period(2026, 12)), a => a.AgentId == "A001" && a.Amount == 45m);
    }
}
