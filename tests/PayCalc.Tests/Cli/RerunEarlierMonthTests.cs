using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>Rerunning a month whose later months are already stored says which ones used its replaced figures.</summary>
public sealed class RerunEarlierMonthTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    private (int Exit, string Output) Run(Period period) => _runs.Run(period);

    [Fact]
    public void Rerun_WithALaterMonthStored_NamesItToRunAgain()
    {
        Assert.Equal(PayrollRunner.Ok, Run(October).Exit);
        Assert.DoesNotContain("already stored", Run(October).Output);
        Assert.Equal(PayrollRunner.Ok, Run(November).Exit);

        var (exit, output) = Run(October);

        Assert.Equal(PayrollRunner.Ok, exit);
        Assert.Contains("note: 2026-11 already stored from this month's earlier figures and now out of date: run them again", output);
    }

    [Fact]
    public void LaterMonth_AfterAnEarlierMonthIsRunAgain_IsRefusedApprovalUntilItIsRunAgain()
    {
        Run(October);
        Run(November);
        Run(October);
        var output = new StringWriter();
        var errors = new StringWriter();
        var workflow = new PeriodWorkflow(output, errors, _runs.Clock);

        var refused = workflow.Step(_runs.Db.Path, November, PeriodAction.Approve, "hr.zhao", null);
        workflow.Status(_runs.Db.Path, null);

        Assert.Equal(PayrollRunner.Failure, refused);
        Assert.Contains("Period 2026-11 was computed before 2026-10 was run again", errors.ToString());
        Assert.Contains("then approve it. Nothing was changed.", errors.ToString());
        Assert.Contains("out of date: 2026-11 was computed before 2026-10 was run again", output.ToString());
        Assert.Equal(PeriodStatus.Calculated, new PayrollStore(_runs.Db.Path, _runs.Clock).Periods.GetPeriodStatus(November));
        // October itself is up to date: a later month run after it does not hold it back.
        Assert.Equal(PayrollRunner.Ok, workflow.Step(_runs.Db.Path, October, PeriodAction.Approve, "hr.zhao", null));

        Run(November);

        Assert.Equal(PayrollRunner.Ok, workflow.Step(_runs.Db.Path, November, PeriodAction.Approve, "hr.zhao", null));
        var status = new StringWriter();
        new PeriodWorkflow(status, new StringWriter(), _runs.Clock).Status(_runs.Db.Path, null);
        Assert.DoesNotContain("out of date", status.ToString());
    }

    [Fact]
    public void Status_ClosedMonthOutOfDate_PointsToCorrectInsteadOfARun()
    {
        var text = PeriodWorkflow.Render(
            [new PeriodSummary(November, PeriodStatus.Closed, null) { EarlierMonthsRunAgain = [October] }], [], null);

        Assert.Contains("out of date: 2026-11 was computed before 2026-10 was run again; it is closed: settle the difference with paycalc correct --period 2026-11", text);
    }
}
