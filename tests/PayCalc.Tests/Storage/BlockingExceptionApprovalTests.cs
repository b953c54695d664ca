using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Storage;

/// <summary>A blocking exception stops <c>approve</c> until someone acknowledges it with a reason; each acknowledgement
/// is stored with the exception and written to the audit log, and a refused approval changes nothing.</summary>
public sealed class BlockingExceptionApprovalTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    private PayrollStore StoreWithExceptions()
    {
        var store = new PayrollStore(_db.Path, _clock);
        var run = Run(October, "A001", "A002");
        store.Runs.SaveRun(run with
        {
            Result = run.Result with
            {
                Flags =
                [
                    new PayrollFlag("A001", "clawback_over_commission_earned", "deal D2 claws back 400", FlagSeverity.Blocking),
                    new PayrollFlag("A002", "clawback_over_commission_earned", "deal D7 claws back 90", FlagSeverity.Blocking),
                    new PayrollFlag("A002", "deal_on_leave_day", "deal D8 on leave", FlagSeverity.Warning),
                ],
            },
        });
        return store;
    }

    [Fact]
    public void Approve_WithUnacknowledgedBlockingExceptions_IsRefusedListingThemAndChangesNothing()
    {
        var store = StoreWithExceptions();

        var refused = Assert.Throws<UnacknowledgedExceptionsException>(() =>
            store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.li", "ok", acknowledgements: [new Acknowledgement("clawback_over_commission_earned", "A001")]));

        Assert.Equal(["A002"], refused.Open.Select(e => e.AgentId));
        Assert.StartsWith("Period 2026-10 has 1 blocking exception(s) not acknowledged: clawback_over_commission_earned:A002 (deal D7 claws back 90).", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Equal(PeriodStatus.Calculated, store.Periods.GetPeriodStatus(October));
        Assert.DoesNotContain(store.Periods.AuditEntries(October), a => a.Command != "run");
        Assert.All(store.Periods.Exceptions(October), e => Assert.Null(e.AcknowledgedBy));   // the A001 acknowledgement was not kept
    }

    [Fact]
    public void Approve_AcknowledgingEveryBlockingException_ApprovesAndAuditsEachAcknowledgement()
    {
        var store = StoreWithExceptions();

        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "finance.wang", "deals re-booked after the system migration",
            acknowledgements: [new Acknowledgement("clawback_over_commission_earned", "A001"), new Acknowledgement("clawback_over_commission_earned", "A002")]);

        Assert.Equal(PeriodStatus.Approved, store.Periods.GetPeriodStatus(October));
        var audit = store.Periods.AuditEntries(October).Where(a => a.Command != "run").ToList();
        Assert.Equal(["acknowledge", "acknowledge", "approve"], audit.Select(a => a.Command));
        Assert.Equal("clawback_over_commission_earned:A001: 1 blocking exception(s) of run 1; reason: deals re-booked after the system migration", audit[0].Detail);
        Assert.All(audit, a => Assert.Equal("finance.wang", a.User));
        var exceptions = store.Periods.Exceptions(October);
        Assert.Equal([("finance.wang", "deals re-booked after the system migration"), ("finance.wang", "deals re-booked after the system migration"), (null, null)],
            exceptions.Select(e => (e.AcknowledgedBy, e.AcknowledgementReason)));
        Assert.Equal([FlagSeverity.Blocking, FlagSeverity.Blocking, FlagSeverity.Warning], exceptions.Select(e => e.Severity));
    }

    [Fact]
    public void Acknowledge_ByCodeAlone_CoversEveryAgent()
    {
        var store = StoreWithExceptions();

        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.li", "checked", acknowledgements: [new Acknowledgement("clawback_over_commission_earned", null)]);

        Assert.Equal(PeriodStatus.Approved, store.Periods.GetPeriodStatus(October));
        Assert.Contains(store.Periods.AuditEntries(October), a => a.Detail == "clawback_over_commission_earned: 2 blocking exception(s) of run 1; reason: checked");
    }

    [Theory]
    [InlineData("clawback_over_commission_earned", "A009", "ok", "no blocking exception of 2026-10 (run 1) has that code and agent")]
    [InlineData("deal_on_leave_day", null, "ok", "no blocking exception of 2026-10 (run 1) has that code.")]   // a warning needs none
    [InlineData("clawback_over_commission_earned", null, " ", "--acknowledge needs --reason")]
    public void Acknowledge_ThatMatchesNothingOrHasNoReason_IsRefused(string code, string? agent, string reason, string expected)
    {
        var store = StoreWithExceptions();

        var refused = Assert.Throws<AcknowledgementException>(() =>
            store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.li", reason, acknowledgements: [new Acknowledgement(code, agent)]));

        Assert.Contains(expected, refused.Message);
        Assert.Equal(PeriodStatus.Calculated, store.Periods.GetPeriodStatus(October));
    }

    [Theory]
    [InlineData("code", "code", null)]
    [InlineData("code:A001", "code", "A001")]
    [InlineData(" code : A001 ", "code", "A001")]
    public void Parse_CodeAndAgent(string text, string code, string? agent) => Assert.Equal(new Acknowledgement(code, agent), Acknowledgement.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("code:")]
    [InlineData("a:b:c")]
    public void Parse_Malformed_IsNull(string text) => Assert.Null(Acknowledgement.Parse(text));
}
