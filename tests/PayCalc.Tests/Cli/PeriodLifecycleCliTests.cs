using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// The month's workflow through the CLI layer on the bank-card-center example: run, approve, rerun, close,
/// refused rerun of the closed month (database and outputs unchanged), status listing.
/// </summary>
public sealed class PeriodLifecycleCliTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);
    private readonly TempDatabase _db = new();
    private readonly TempFolder _out = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose()
    {
        _db.Dispose();
        _out.Dispose();
    }

    private int Run(string outFolder, string user = "hr.li", string? reason = null) =>
        new PayrollRunner(_stdout, _stderr, _clock).Run(new RunRequest(
            Repo.Path("rules", "plans", "bank-card-center.yaml"), October,
            Repo.Path("examples", "bank-card-center", "2026-10"), _db.Path, outFolder, Repo.Path("rules"))
        { User = user, Reason = reason });

    private int Step(PeriodAction action, string user, string? reason = null) =>
        new PeriodWorkflow(_stdout, _stderr, _clock).Step(_db.Path, October, action, user, reason);

    [Fact]
    public void Workflow_RunApproveRerunApproveClose_StatusesAndAuditLog()
    {
        var store = () => new PayrollStore(_db.Path, _clock);

        Assert.Equal(0, Run(_out.File("a"), reason: "first run"));
        Assert.Equal(PeriodStatus.Calculated, store().Periods.GetPeriodStatus(October));
        Assert.Equal(0, Step(PeriodAction.Approve, "hr.zhao", "register checked"));
        Assert.Equal(PeriodStatus.Approved, store().Periods.GetPeriodStatus(October));

        _clock.Now = _clock.Now.AddHours(1);
        Assert.Equal(0, Run(_out.File("b"), "hr.li", "late leave slip for A007"));
        Assert.Equal(PeriodStatus.Calculated, store().Periods.GetPeriodStatus(October));
        Assert.Contains("2026-10 was approved; this run replaced the approved one and set the month back to calculated: approve it again.", _stdout.ToString());

        Assert.Equal(0, Step(PeriodAction.Approve, "hr.zhao"));
        _clock.Now = _clock.Now.AddDays(3);
        Assert.Equal(0, Step(PeriodAction.Close, "finance.wang", "paid"));
        Assert.Equal(PeriodStatus.Closed, store().Periods.GetPeriodStatus(October));

        var audit = store().Periods.AuditEntries(October);
        Assert.Equal(
        [
            ("run", "hr.li", "open -> calculated; plan bank-card-center 2026.1; 45 payslips; reason: first run"),
            ("approve", "hr.zhao", "calculated -> approved; reason: register checked"),
            ("run", "hr.li", "approved -> calculated; plan bank-card-center 2026.1; 45 payslips; reason: late leave slip for A007"),
            ("approve", "hr.zhao", "calculated -> approved"),
            ("close", "finance.wang", "approved -> closed; reason: paid"),
        ], audit.Select(a => (a.Command, a.User, a.Detail)));
        Assert.Equal(
        [
            new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero),
        ], audit.Select(a => a.Time));
    }

    [Fact]
    public void Run_ClosedMonth_ExitsOneAndChangesNothing()
    {
        Assert.Equal(0, Run(_out.File("first")));
        Assert.Equal(0, Step(PeriodAction.Approve, "hr.zhao"));
        Assert.Equal(0, Step(PeriodAction.Close, "finance.wang"));
        var before = DatabaseSnapshot.Of(_db.Path);
        var payslipsBefore = File.ReadAllBytes(Path.Combine(_out.File("first"), "payslips.json"));
        _clock.Now = _clock.Now.AddDays(1);

        var exit = Run(_out.File("first"), "hr.li", "try again");
        var exitNewFolder = Run(_out.File("second"));

        Assert.Equal((1, 1), (exit, exitNewFolder));
        Assert.Contains("Period 2026-10 is closed; a closed month cannot be rerun", _stderr.ToString());
        Assert.Equal(before, DatabaseSnapshot.Of(_db.Path));
        Assert.Equal(payslipsBefore, File.ReadAllBytes(Path.Combine(_out.File("first"), "payslips.json")));
        Assert.False(Directory.Exists(_out.File("second")));
        Assert.Equal(3, new PayrollStore(_db.Path, _clock).Periods.AuditEntries().Count);
    }

    [Fact]
    public void Step_CloseCalculatedMonth_ExitsOneWithAdviceAndChangesNothing()
    {
        Assert.Equal(0, Run(_out.File("a")));
        var before = DatabaseSnapshot.Of(_db.Path);

        Assert.Equal(1, Step(PeriodAction.Close, "finance.wang"));

        Assert.Contains("Period 2026-10 is calculated but not approved; approve it first (paycalc approve --period 2026-10).", _stderr.ToString());
        Assert.Equal(before, DatabaseSnapshot.Of(_db.Path));
    }

    [Fact]
    public void Step_NoDatabase_ExitsOneWithoutCreatingIt()
    {
        Assert.Equal(1, Step(PeriodAction.Approve, "hr.zhao"));

        Assert.Contains("Period 2026-10 has no stored run; run it first", _stderr.ToString());
        Assert.False(File.Exists(_db.Path));
    }

    [Fact]
    public void Status_AfterRunAndApprove_ListsPeriodAndAuditLog()
    {
        Assert.Equal(0, Run(_out.File("a"), reason: "first run"));
        Assert.Equal(0, Step(PeriodAction.Approve, "hr.zhao", "ok"));
        _stdout.GetStringBuilder().Clear();

        Assert.Equal(0, new PeriodWorkflow(_stdout, _stderr, _clock).Status(_db.Path, October));

        var lines = _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        var runId = new PayrollStore(_db.Path, _clock).Runs.FindRun(October)!.Id;
        Assert.Equal($"2026-10  approved    {runId,5} bank-card-center 2026.1                  45  2026-11-02 08:00", lines[1]);
        Assert.Equal("  exceptions of 2026-10: 10 warning", lines[2]);   // no blocking one: approve needed no acknowledgement
        Assert.Equal("Audit log of 2026-10:", lines[3]);
        Assert.Equal("  2026-11-02 08:00:00Z  2026-10  run      hr.li            open -> calculated; plan bank-card-center 2026.1; 45 payslips; reason: first run", lines[4]);
        Assert.Equal("  2026-11-02 08:00:00Z  2026-10  approve  hr.zhao          calculated -> approved; reason: ok", lines[5]);
    }
}
