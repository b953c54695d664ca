using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>November's sales file through <c>paycalc run</c>: cancellations of October deals are checked against October's stored run.</summary>
public sealed class CancellationRunTests : IDisposable
{
    private readonly ExampleMonthRuns _runs = new();
    private readonly TempFolder _november = new();

    public void Dispose()
    {
        _runs.Dispose();
        _november.Dispose();
    }

    private int Run(string period, string input, StringWriter errors) => _runs.RunFrom(Period.Parse(period), input, errors).Exit;

    /// <summary>November of the example with its sales file replaced by <paramref name="sales"/> rows (CSV).</summary>
    private string November(params string[] sales)
    {
        foreach (var f in Directory.GetFiles(ExampleMonthRuns.Example("2026-11")).Where(f => !f.EndsWith("sales.xlsx")))
            File.Copy(f, Path.Combine(_november.Path, Path.GetFileName(f)));
        _november.Csv("sales.csv", ["deal_id,agent_id,booked_date,amount,term_months,cancelled_date", .. sales]);
        return _november.Path;
    }

    [Fact]
    public void CancellationsThatDoNotMatchOctober_AreAllListedAndNothingIsStored()
    {
        using var _ = UiCulture.Use("en");
        Assert.Equal(PayrollRunner.Ok, Run("2026-10", ExampleMonthRuns.Example("2026-10"), new StringWriter()));
        var input = November(
            "D202611-A001-1,A001,2026-11-10,30000,12,",
            "D202610-A001-2,A001,2026-10-15,35000,12,2026-11-20",   // amount differs from October's 30,000
            "D202610-NONE,A001,2026-10-15,1000,3,2026-11-20");      // October never had this deal
        var errors = new StringWriter();

        Assert.Equal(PayrollRunner.BadInput, Run("2026-11", input, errors));

        Assert.Contains("sales.csv::3:amount: deal D202610-A001-2 was stored with amount 30000", errors.ToString());
        Assert.Contains("sales.csv::4:deal_id: cancellation of deal D202610-NONE booked 2026-10-15, before 2026-11, but no earlier month's run holds that deal", errors.ToString());
        Assert.Null(new PayrollStore(_runs.Db.Path, TimeProvider.System).Runs.FindRun(new Period(2026, 11)));
    }

    [Fact]
    public void MatchingCancellation_ClawsBack_AndTheMonthCanBeRerun()
    {
        Assert.Equal(PayrollRunner.Ok, Run("2026-10", ExampleMonthRuns.Example("2026-10"), new StringWriter()));
        var input = November("D202611-A001-1,A001,2026-11-10,30000,12,", "D202610-A001-2,A001,2026-10-15,30000,12,2026-11-20");

        Assert.Equal(PayrollRunner.Ok, Run("2026-11", input, new StringWriter()));
        // A rerun of November compares with October's deal, not with November's own stored cancellation.
        Assert.Equal(PayrollRunner.Ok, Run("2026-11", input, new StringWriter()));

        var slip = new PayrollStore(_runs.Db.Path, TimeProvider.System).Runs.FindPayslip(new Period(2026, 11), "A001")!;
        Assert.Equal(-240m, slip.Lines.Single(l => l.Code == "commission_clawback").Amount);
        Assert.Equal(240m, slip.Lines.Single(l => l.Code == "installment_commission").Amount);
    }
}
