using PayCalc.Domain;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Storage;

/// <summary>open -> calculated (run) -> approved -> closed, checked and audited by the store.</summary>
public sealed class PeriodLifecycleTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData(PeriodStatus.Open, PeriodAction.Run, true)]
    [InlineData(PeriodStatus.Calculated, PeriodAction.Run, true)]
    [InlineData(PeriodStatus.Approved, PeriodAction.Run, true)]
    [InlineData(PeriodStatus.Closed, PeriodAction.Run, false)]
    [InlineData(PeriodStatus.Open, PeriodAction.Approve, false)]
    [InlineData(PeriodStatus.Calculated, PeriodAction.Approve, true)]
    [InlineData(PeriodStatus.Approved, PeriodAction.Approve, false)]
    [InlineData(PeriodStatus.Closed, PeriodAction.Approve, false)]
    [InlineData(PeriodStatus.Open, PeriodAction.Close, false)]
    [InlineData(PeriodStatus.Calculated, PeriodAction.Close, false)]
    [InlineData(PeriodStatus.Approved, PeriodAction.Close, true)]
    [InlineData(PeriodStatus.Closed, PeriodAction.Close, false)]
    public void IsAllowed_EveryStatusAndAction_FollowsTheWorkflow(PeriodStatus status, PeriodAction action, bool allowed) =>
        Assert.Equal(allowed, PeriodTransitions.IsAllowed(status, action));

    [Theory]
    [InlineData(PeriodAction.Run, PeriodStatus.Calculated)]
    [InlineData(PeriodAction.Approve, PeriodStatus.Approved)]
    [InlineData(PeriodAction.Close, PeriodStatus.Closed)]
    public void Target_EachAction_IsItsStatus(PeriodAction action, PeriodStatus target) =>
        Assert.Equal(target, PeriodTransitions.Target(action));

    [Fact]
    public void ChangePeriodStatus_CalculatedThenApprovedThenClosed_EndsClosedWithTwoAuditEntries()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Run(October, "A001"));

        var fromApprove = store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.li", "checked against the register");
        _clock.Now = _clock.Now.AddHours(2);
        var fromClose = store.Periods.ChangePeriodStatus(October, PeriodAction.Close, "finance.wang", "paid 2026-11-05");

        Assert.Equal(PeriodStatus.Calculated, fromApprove);
        Assert.Equal(PeriodStatus.Approved, fromClose);
        Assert.Equal(PeriodStatus.Closed, store.Periods.GetPeriodStatus(October));
        var audit = store.Periods.AuditEntries(October);
        Assert.Equal(2, audit.Count);
        Assert.Equal(("hr.li", "approve", (Period?)October, "calculated -> approved; reason: checked against the register"),
            (audit[0].User, audit[0].Command, audit[0].Period, audit[0].Detail));
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 9, 30, 0, TimeSpan.Zero), audit[0].Time);
        Assert.Equal(("finance.wang", "close", "approved -> closed; reason: paid 2026-11-05"),
            (audit[1].User, audit[1].Command, audit[1].Detail));
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 11, 30, 0, TimeSpan.Zero), audit[1].Time);
    }

    [Fact]
    public void ChangePeriodStatus_NoReason_DetailIsTheTransitionOnly()
    {
        var store = new PayrollStore(_db.Path, _clock);
        store.Runs.SaveRun(Run(October, "A001"));

        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.li", null);

        Assert.Equal("calculated -> approved", store.Periods.AuditEntries().Single().Detail);
    }

    [Theory]
    [InlineData(PeriodStatus.Open, PeriodAction.Approve, "has no stored run")]
    [InlineData(PeriodStatus.Approved, PeriodAction.Approve, "already approved")]
    [InlineData(PeriodStatus.Closed, PeriodAction.Approve, "is closed")]
    [InlineData(PeriodStatus.Open, PeriodAction.Close, "has no stored run")]
    [InlineData(PeriodStatus.Calculated, PeriodAction.Close, "not approved; approve it first")]
    [InlineData(PeriodStatus.Closed, PeriodAction.Close, "already closed")]
    public void ChangePeriodStatus_NotAllowed_ThrowsAndChangesNothing(PeriodStatus status, PeriodAction action, string message)
    {
        var store = new PayrollStore(_db.Path, _clock);
        if (status != PeriodStatus.Open)
        {
            store.Runs.SaveRun(Run(October, "A001"));
            StepTo(store, October, status);
        }
        var auditBefore = store.Periods.AuditEntries().Select(a => a.Id).ToList();

        var e = Assert.Throws<PeriodTransitionException>(() => store.Periods.ChangePeriodStatus(October, action, "hr.li", "try"));

        Assert.Contains(message, e.Message);
        Assert.Equal((status, action), (e.Status, e.Action));
        Assert.Equal(status, store.Periods.GetPeriodStatus(October));
        Assert.Equal(auditBefore, store.Periods.AuditEntries().Select(a => a.Id));
    }

    [Fact]
    public void SaveRun_ClosedPeriod_ThrowsAndKeepsTheClosedRun()
    {
        var store = new PayrollStore(_db.Path, _clock);
        var first = store.Runs.SaveRun(Run(October, "A001"));
        StepTo(store, October, PeriodStatus.Closed);

        Assert.Throws<PeriodClosedException>(() => store.Runs.SaveRun(Run(October, "A001", "A002")));

        var kept = store.Runs.FindRun(October)!;
        Assert.Equal((first.Id, 1), (kept.Id, kept.AgentCount));
        Assert.Equal(PeriodStatus.Closed, store.Periods.GetPeriodStatus(October));
    }

    [Fact]
    public void ListPeriods_SeveralMonths_InPeriodOrderWithStatusAndRun()
    {
        var store = new PayrollStore(_db.Path, _clock);
        var november = new Period(2026, 11);
        store.Runs.SaveRun(Run(november, "A001", "A002"));
        store.Runs.SaveRun(Run(October, "A001"));
        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.li", null);

        var periods = store.Periods.ListPeriods();

        Assert.Equal([October, november], periods.Select(p => p.Period));
        Assert.Equal([PeriodStatus.Approved, PeriodStatus.Calculated], periods.Select(p => p.Status));
        Assert.Equal([1, 2], periods.Select(p => p.Run!.AgentCount));
    }

    [Fact]
    public void AuditEntries_FilteredByPeriod_OnlyThatPeriodInWrittenOrder()
    {
        var store = new PayrollStore(_db.Path, _clock);
        var november = new Period(2026, 11);
        store.Runs.SaveRun(Run(October, "A001"));
        store.Runs.SaveRun(Run(november, "A001"));
        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "a", null);
        store.Periods.ChangePeriodStatus(november, PeriodAction.Approve, "b", null);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Close, "c", null);

        Assert.Equal(["a", "c"], store.Periods.AuditEntries(October).Select(e => e.User));
        Assert.Equal(["a", "b", "c"], store.Periods.AuditEntries().Select(e => e.User));
    }

    [Theory]
    [InlineData(PeriodStatus.Open, PeriodStatus.Calculated, null, null, "open -> calculated")]
    [InlineData(PeriodStatus.Approved, PeriodStatus.Calculated, " late leave ", "plan p 1; 3 payslips", "approved -> calculated; plan p 1; 3 payslips; reason: late leave")]
    public void AuditDetail_Parts_JoinedInOrder(PeriodStatus from, PeriodStatus to, string? reason, string? extra, string expected) =>
        Assert.Equal(expected, PeriodTransitions.AuditDetail(from, to, reason, extra));
}
