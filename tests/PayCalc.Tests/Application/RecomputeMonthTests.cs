using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Storage;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// Recomputing a stored month from the input stored with its run, the earlier stored months as history: with the
/// run's own plan it gives the stored payslips line for line; with a changed plan it gives what the month would have
/// paid. The database file stays byte for byte what it was.
/// </summary>
public sealed class RecomputeMonthTests : IDisposable
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11), December = new(2026, 12);
    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    private MonthOutcome Recompute(Period period, string? planPath = null) =>
        new RecomputeMonth(_runs.Clock).Recompute(new RecomputeRequest(period, _runs.Db.Path, Repo.Path("rules"), planPath));

    private void RunOctoberToDecember()
    {
        foreach (var period in BankCardCenterExample.Periods) Assert.Equal(PayrollRunner.Ok, _runs.Run(period).Exit);
    }

    /// <summary>The shipped plan copied to another folder (its modules included from the shipped rules), with <paramref name="from"/> replaced.</summary>
    private static string CopiedPlan(TempFolder folder, string from, string to)
    {
        var text = File.ReadAllText(NetPay.PlanPath);
        Assert.Contains(from, text);
        var copy = folder.File("bank-card-center-what-if.yaml");
        File.WriteAllText(copy, text.Replace("../statutory", Repo.Path("rules", "statutory")).Replace("../checks", Repo.Path("rules", "checks")).Replace(from, to));
        return copy;
    }

    [Fact]
    public void Recompute_EveryExampleMonthWithItsOwnPlan_GivesTheStoredLinesOfEveryPayslip_DatabaseFileUnchanged()
    {
        RunOctoberToDecember();
        var before = DatabaseFileHash.Of(_runs.Db.Path);
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);

        foreach (var period in BankCardCenterExample.Periods)
        {
            var outcome = Recompute(period);

            Assert.True(outcome.IsComputed, string.Join("\n", outcome.Problems));
            Assert.Empty(outcome.Warnings);
            StoredPayslipLines.AssertEqual(store, period, outcome.Result!);
        }
        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
    }

    [Fact]
    public void Recompute_EcommerceOctober_GivesTheStoredLinesOfEveryPayslip()
    {
        using var output = new TempFolder();
        Assert.Equal(PayrollRunner.Ok, new PayrollRunner(TextWriter.Null, new StringWriter(), _runs.Clock).Run(new RunRequest(
            Repo.Path("rules", "plans", "ecommerce-aftersales.yaml"), October, Repo.Path("examples", "ecommerce-aftersales", "2026-10"),
            _runs.Db.Path, output.Path, Repo.Path("rules"))));

        var outcome = Recompute(October);

        Assert.True(outcome.IsComputed, string.Join("\n", outcome.Problems));
        StoredPayslipLines.AssertEqual(new PayrollStore(_runs.Db.Path, _runs.Clock), October, outcome.Result!);
    }

    [Fact]
    public void Recompute_AMonthPayingACorrection_GivesItsStoredAdjustmentLines()
    {
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.zhao", null);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Close, "finance.wang", null);
        Assert.Equal(PayrollRunner.Ok, new CorrectionRunner(new StringWriter(), new StringWriter(), _runs.Clock).Correct(
            new CorrectRequest(null, October, ExampleMonthRuns.Example(BankCardCenterExample.CorrectedOctoberFolder), _runs.Db.Path, Repo.Path("rules"))));
        Assert.Equal(PayrollRunner.Ok, _runs.Run(November).Exit);
        var before = DatabaseFileHash.Of(_runs.Db.Path);

        var november = Recompute(November);
        var october = Recompute(October);

        Assert.True(november.IsComputed, string.Join("\n", november.Problems));
        Assert.Contains(november.Result!.Payslips.SelectMany(p => p.Lines), l => l.Code == "adjustment");
        StoredPayslipLines.AssertEqual(store, November, november.Result);
        // The closed month recomputes from its stored (uncorrected) input: its stored payslips.
        StoredPayslipLines.AssertEqual(store, October, october.Result!);
        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
    }

    [Fact]
    public void Recompute_WithAChangedParameterInACopiedPlan_PaysTheChangedLine_DatabaseFileUnchanged()
    {
        using var _ = UiCulture.Use("en"); // asserts the English texts
        RunOctoberToDecember();
        using var plans = new TempFolder();
        var plan = CopiedPlan(plans, "    unit: money\n    values:\n      2025-01-01: 800\n", "    unit: money\n    values:\n      2025-01-01: 900\n");
        var before = DatabaseFileHash.Of(_runs.Db.Path);
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);

        var outcome = Recompute(November, plan);

        Assert.True(outcome.IsComputed, string.Join("\n", outcome.Problems));
        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
        // The run's plan and the one recomputed with are told apart.
        Assert.Contains("recomputed with", Assert.Single(outcome.Warnings));
        var stored = store.History.LinesBetween(November, November, ["performance_pay", "base_pay"]).ToDictionary(l => (l.AgentId, l.Code), l => l.Amount);
        var raised = 0;
        foreach (var slip in outcome.Result!.Payslips)
        {
            Assert.Equal(stored[(slip.AgentId, "base_pay")], slip.Lines.Single(l => l.Code == "base_pay").Amount);
            var was = stored.GetValueOrDefault((slip.AgentId, "performance_pay"));
            var now = slip.Lines.SingleOrDefault(l => l.Code == "performance_pay")?.Amount ?? 0m;
            // 900 instead of 800 per full coefficient: 9/8 of the stored amount, to the cent.
            Assert.InRange(now, was * 9 / 8 - 0.01m, was * 9 / 8 + 0.01m);
            if (now > was) raised++;
        }
        Assert.True(raised > 10, $"{raised} agents paid more performance pay");
        Assert.NotEqual(store.History.PayslipTotalsBetween(November, November).Sum(t => t.Gross), outcome.Result.Payslips.Sum(p => p.Gross));
    }

    [Fact]
    public void Recompute_AMonthWithoutARun_IsRefused()
    {
        using var _ = UiCulture.Use("en"); // asserts the English texts
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);

        var outcome = Recompute(November);

        Assert.False(outcome.IsComputed);
        Assert.Equal("2026-11 has no stored run to recompute.", outcome.Refusal);
    }

    [Fact]
    public void Recompute_WhenTheRunsInputFilesAreGone_UsesTheDatabaseAlone()
    {
        using (var input = new TempFolder())
        {
            foreach (var f in Directory.GetFiles(ExampleMonthRuns.Example("2026-10")))
                File.Copy(f, Path.Combine(input.Path, Path.GetFileName(f)));
            Assert.Equal(PayrollRunner.Ok, _runs.RunFrom(October, input.Path, new StringWriter()).Exit);
        }

        var outcome = Recompute(October);

        // Schema 4 stores the opening balances and the roster's tax flags with the run: nothing is read from the folder.
        Assert.Empty(outcome.Warnings);
        Assert.True(outcome.IsComputed);
        Assert.Empty(outcome.InputErrors);
    }
}
