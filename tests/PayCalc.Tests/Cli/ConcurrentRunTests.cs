using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// Two processes on one database: October run again (from its corrected inputs) while November is run or approved.
/// November must never be stored from the replaced October without being marked out of date, and an approval never
/// approves figures stored after the command started.
/// </summary>
public sealed class ConcurrentRunTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    /// <summary>November after the corrected October, and after the original October: both months run in order on
    /// databases of their own, once for the class.</summary>
    private static readonly Lazy<(string AfterCorrected, string AfterOriginal)> References = new(() =>
    {
        using var runs = new ExampleMonthRuns();
        using var corrected = new TempDatabase();
        Assert.Equal(0, runs.Run(October, "2026-10-corrected", corrected).Exit);
        Assert.Equal(0, runs.Run(November, null, corrected).Exit);
        Assert.Equal(0, runs.Run(October).Exit);
        Assert.Equal(0, runs.Run(November).Exit);
        var clock = runs.Clock;
        return (NovemberFigures(corrected.Path, clock), NovemberFigures(runs.Db.Path, clock));
    });

    /// <summary>November's gross and net per agent, and A001's cumulative taxable income (it sums October's stored
    /// lines, which the correction of A001's 30 October shift changes).</summary>
    private static string NovemberFigures(string db, TimeProvider clock)
    {
        var store = new PayrollStore(db, clock);
        var ytd = store.Runs.FindPayslip(November, "A001")!.Variables.Single(v => v.Code == "cumulative_income").Amount;
        return string.Join("; ", store.History.PayslipTotalsBetween(November, November).Select(t => $"{t.AgentId} {t.Gross} {t.Net}"))
            + $"; A001 cumulative_income {ytd}";
    }

    private static string NovemberAfterCorrectedOctober()
    {
        var (afterCorrected, afterOriginal) = References.Value;
        Assert.NotEqual(afterOriginal, afterCorrected); // the correction changes figures November reads: the tests can fail
        return afterCorrected;
    }


    private IReadOnlyList<Period> OutOfDateBecause(Period period) =>
        new PayrollStore(_runs.Db.Path, _runs.Clock).Periods.ListPeriods().Single(p => p.Period == period).EarlierMonthsRunAgain;

    [Fact]
    public async Task November_ReadOctoberBeforeItsRerunWasStored_ReadsItAgainUnderTheLock()
    {
        var expected = NovemberAfterCorrectedOctober();
        Assert.Equal(0, _runs.Run(October).Exit);
        var octoberErrors = new GatedWriter("  commit ...");
        var novemberErrors = new GatedWriter("  open the run ...");

        // October's rerun stops just before its commit, holding the write lock.
        var rerun = Task.Run(() => _runs.RunFrom(October, ExampleMonthRuns.Example("2026-10-corrected"), octoberErrors));
        Assert.True(octoberErrors.Reached.Wait(Patience));
        // November reads the earlier months now (the old October) and stops before it takes the write lock.
        var november = Task.Run(() => _runs.RunFrom(November, ExampleMonthRuns.Example("2026-11"), novemberErrors));
        Assert.True(novemberErrors.Reached.Wait(Patience));
        novemberErrors.Release.Set(); // November now waits for the lock October holds
        Thread.Sleep(300);
        octoberErrors.Release.Set();

        Assert.Equal(0, (await rerun).Exit);
        Assert.Equal(0, (await november).Exit);
        Assert.Contains("2026-10 was stored by another run meanwhile: reading the earlier months again.", novemberErrors.ToString());
        Assert.Equal(expected, NovemberFigures(_runs.Db.Path, _runs.Clock));
        Assert.Empty(OutOfDateBecause(November));
    }

    [Fact]
    public async Task October_RerunStoredAfterNovember_MarksNovemberOutOfDate()
    {
        Assert.Equal(0, _runs.Run(October).Exit);
        var novemberErrors = new GatedWriter("  commit ...");
        var octoberErrors = new GatedWriter("  open the run ...");

        var november = Task.Run(() => _runs.RunFrom(November, ExampleMonthRuns.Example("2026-11"), novemberErrors));
        Assert.True(novemberErrors.Reached.Wait(Patience));
        var rerun = Task.Run(() => _runs.RunFrom(October, ExampleMonthRuns.Example("2026-10-corrected"), octoberErrors));
        Assert.True(octoberErrors.Reached.Wait(Patience));
        octoberErrors.Release.Set();
        Thread.Sleep(300);
        novemberErrors.Release.Set();

        Assert.Equal(0, (await november).Exit);
        Assert.Equal(0, (await rerun).Exit);
        Assert.Equal([October], OutOfDateBecause(November));
        var errors = new StringWriter();
        Assert.Equal(PayrollRunner.Failure, new PeriodWorkflow(new StringWriter(), errors, _runs.Clock)
            .Step(_runs.Db.Path, November, PeriodAction.Approve, "hr.zhao", null));
        Assert.Contains("Period 2026-11 was computed before 2026-10 was run again", errors.ToString());
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(true, 400)]
    [InlineData(true, 1200)]
    [InlineData(false, 0)]
    [InlineData(false, 400)]
    [InlineData(false, 1200)]
    public async Task RerunAndNextMonthTogether_NovemberIsRightOrMarkedOutOfDate(bool octoberFirst, int offsetMs)
    {
        var expected = NovemberAfterCorrectedOctober();
        Assert.Equal(0, _runs.Run(October).Exit);

        Task<(int Exit, string Output)> Start(Period period) => period == October
            ? Task.Run(() => _runs.RunFrom(October, ExampleMonthRuns.Example("2026-10-corrected"), new StringWriter()))
            : Task.Run(() => _runs.RunFrom(November, ExampleMonthRuns.Example("2026-11"), new StringWriter()));
        var first = Start(octoberFirst ? October : November);
        Thread.Sleep(offsetMs);
        var second = Start(octoberFirst ? November : October);

        Assert.Equal((0, 0), ((await first).Exit, (await second).Exit));
        var november = NovemberFigures(_runs.Db.Path, _runs.Clock);
        Assert.True(november == expected || OutOfDateBecause(November).SequenceEqual([October]),
            "November was stored from the replaced October and is not marked out of date");
    }

    [Fact]
    public async Task Approve_WhileTheMonthIsRunAgain_RefusesTheUnreviewedRun()
    {
        Assert.Equal(0, _runs.Run(October).Exit);
        var reviewed = new PayrollStore(_runs.Db.Path, _runs.Clock).Runs.FindRun(October)!.Id;
        var octoberErrors = new GatedWriter("  commit ...");
        var rerun = Task.Run(() => _runs.RunFrom(October, ExampleMonthRuns.Example("2026-10-corrected"), octoberErrors));
        Assert.True(octoberErrors.Reached.Wait(Patience));
        var errors = new StringWriter();

        var approve = Task.Run(() => new PeriodWorkflow(new StringWriter(), errors, _runs.Clock)
            .Step(_runs.Db.Path, October, PeriodAction.Approve, "hr.zhao", null));
        Thread.Sleep(500); // the approval waits for the lock the rerun holds
        octoberErrors.Release.Set();

        Assert.Equal(0, (await rerun).Exit);
        Assert.Equal(PayrollRunner.Failure, await approve);
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        var rerunId = store.Runs.FindRun(October)!.Id;
        Assert.Contains($"Period 2026-10 was run again while it was being approved (run {reviewed} -> run {rerunId})", errors.ToString());
        Assert.Equal(PeriodStatus.Calculated, store.Periods.GetPeriodStatus(October));
    }

    [Fact]
    public void Approve_NamingAnOlderRun_IsRefusedAndNamingTheCurrentOneApproves()
    {
        Assert.Equal(0, _runs.Run(October).Exit);
        var reviewed = new PayrollStore(_runs.Db.Path, _runs.Clock).Runs.FindRun(October)!.Id;
        Assert.Equal(0, _runs.Run(October, "2026-10-corrected").Exit);
        var current = new PayrollStore(_runs.Db.Path, _runs.Clock).Runs.FindRun(October)!.Id;
        var output = new StringWriter();
        var errors = new StringWriter();
        var workflow = new PeriodWorkflow(output, errors, _runs.Clock);

        Assert.Equal(PayrollRunner.Failure, workflow.Step(_runs.Db.Path, October, PeriodAction.Approve, "hr.zhao", null, reviewed));
        Assert.Contains($"(run {reviewed} -> run {current})", errors.ToString());
        Assert.Equal(PayrollRunner.Ok, workflow.Step(_runs.Db.Path, October, PeriodAction.Approve, "hr.zhao", null, current));
        Assert.Contains($"Period 2026-10: calculated -> approved, run {current} (by hr.zhao).", output.ToString());
    }

    /// <summary>Progress output that, when a phase named <c>trigger</c> starts, signals <see cref="Reached"/> and waits for
    /// <see cref="Release"/>: the run stops at a known point.</summary>
    private sealed class GatedWriter(string trigger) : StringWriter
    {
        public ManualResetEventSlim Reached { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public override void Write(string? value)
        {
            base.Write(value);
            if (value is null || !value.Contains(trigger, StringComparison.Ordinal)) return;
            Reached.Set();
            if (!Release.Wait(Patience)) throw new TimeoutException("the test never released the run");
        }
    }
}
