using System.Globalization;
using PayCalc.Domain;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// What <c>approve</c>, <c>close</c> and <c>status</c> do, with the console and the clock passed in so tests
/// can drive them. Exit codes as for <c>run</c>: 0 done, 1 refused or failed (nothing changed).
/// </summary>
public sealed class PeriodWorkflow(TextWriter output, TextWriter errors, TimeProvider time)
{
    /// <summary>Approves or closes <paramref name="period"/>; the store checks the transition and audits it.</summary>
    /// <remarks>The step names the run it is about: <c>--run</c> as <c>status</c> showed it, or else the month's run as
    /// stored when the command starts, so a run stored meanwhile (a rerun while approving) is refused, never approved unseen.</remarks>
    /// <remarks><paramref name="acknowledge"/> (approve only): <c>CODE</c> or <c>CODE:AGENT</c> of blocking exceptions the
    /// user has checked; approval is refused while a blocking exception is not acknowledged.</remarks>
    public int Step(string databasePath, Period period, PeriodAction action, string user, string? reason, long? runId = null,
        int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds, IReadOnlyList<string>? acknowledge = null)
    {
        var acknowledgements = (acknowledge ?? []).Select(a => (Text: a, Parsed: Acknowledgement.Parse(a))).ToList();
        if (acknowledgements.FirstOrDefault(a => a.Parsed is null) is { Text: { } bad })
        {
            errors.WriteLine(Messages.Format("Period_BadAcknowledge", bad));
            return PayrollRunner.BadInput;
        }
        // Never create a database just to refuse: without a file every month is open.
        if (!File.Exists(databasePath))
        {
            errors.WriteLine(PeriodTransitions.Refusal(period, PeriodStatus.Open, action) + Messages.Format("Period_NoDatabaseSuffix", databasePath));
            return PayrollRunner.Failure;
        }
        try
        {
            var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
            var run = runId ?? store.Runs.FindRun(period)?.Id;
            var from = store.Periods.ChangePeriodStatus(period, action, user, reason, run, acknowledgements.Select(a => a.Parsed!).ToList());
            output.WriteLine(run is { } id
                ? Messages.Format("Period_StepDoneRun", period, PeriodTransitions.Shown(from), PeriodTransitions.Shown(PeriodTransitions.Target(action)), id, user)
                : Messages.Format("Period_StepDone", period, PeriodTransitions.Shown(from), PeriodTransitions.Shown(PeriodTransitions.Target(action)), user));
            return PayrollRunner.Ok;
        }
        catch (Exception ex) when (ex is PeriodTransitionException or PeriodOutOfDateException or RunChangedException
                                       or AcknowledgementException or UnacknowledgedExceptionsException)
        {
            errors.WriteLine(ex.Message + Messages.Get("Run_NothingChanged"));
            return PayrollRunner.Failure;
        }
    }

    /// <summary>Lists the periods with status and run, then the audit log (of <paramref name="period"/> only, when given).</summary>
    public int Status(string databasePath, Period? period, int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds)
    {
        if (!File.Exists(databasePath))
        {
            output.WriteLine(Messages.Format("Status_NoDatabase", databasePath));
            return PayrollRunner.Ok;
        }
        var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
        var periods = store.Periods.ListPeriods().Where(p => period is null || p.Period == period).ToList();
        output.Write(Render(periods, store.Periods.AuditEntries(period), period,
            periods.Where(p => p.Run is not null).ToDictionary(p => p.Period, p => store.Periods.Exceptions(p.Period))));
        var outputs = periods.Where(p => p.Run is not null).SelectMany(p => OutputFolder.Verify(p.Run!)).ToList();
        if (outputs.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Messages.Get("Status_OutputFiles"));
            foreach (var note in outputs) output.WriteLine("  " + note);
        }
        return PayrollRunner.Ok;
    }

    /// <summary>The status report; <paramref name="exceptions"/> (by period) adds each month's exceptions by severity and
    /// its blocking ones with their acknowledgement.</summary>
    public static string Render(IReadOnlyList<PeriodSummary> periods, IReadOnlyList<AuditEntry> audit, Period? only,
        IReadOnlyDictionary<Period, IReadOnlyList<StoredException>>? exceptions = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var w = new StringWriter(inv);
        w.WriteLine($"{Messages.Get("Status_ColumnPeriod"),-8} {Messages.Get("Status_ColumnStatus"),-11} {Messages.Get("Status_ColumnRun"),5} "
            + $"{Messages.Get("Status_ColumnPlan"),-34} {Messages.Get("Status_ColumnPayslips"),8}  {Messages.Get("Status_ColumnCalculated"),-16}");
        if (periods.Count == 0)
            w.WriteLine(only is { } p ? $"{p,-8} {PeriodTransitions.Shown(PeriodStatus.Open),-11} {Messages.Get("Status_NoRun")}" : Messages.Get("Status_NoPeriod"));
        foreach (var s in periods)
        {
            var plan = s.Run is { } r ? $"{r.PlanCode} {r.PlanVersion}" : "-";
            var count = s.Run?.AgentCount.ToString("N0", inv) ?? "-";
            var at = s.Run?.CreatedAt.ToString("yyyy-MM-dd HH:mm", inv) ?? "-";
            var id = s.Run?.Id.ToString(inv) ?? "-";
            w.WriteLine($"{s.Period,-8} {PeriodTransitions.Shown(s.Status),-11} {id,5} {plan,-34} {count,8}  {at,-16}");
        }
        foreach (var s in periods.Where(s => s.EarlierMonthsRunAgain.Count > 0))
            w.WriteLine("  " + Messages.Format(s.Status == PeriodStatus.Closed ? "Status_OutOfDateClosed" : "Status_OutOfDate",
                s.Period, string.Join(", ", s.EarlierMonthsRunAgain)));
        foreach (var (p, list) in (exceptions ?? new Dictionary<Period, IReadOnlyList<StoredException>>()).Where(e => e.Value.Count > 0).OrderBy(e => e.Key))
        {
            var counts = string.Join(", ", list.GroupBy(e => e.Severity).OrderByDescending(g => g.Key)
                .Select(g => $"{g.Count()} {Messages.Get("Severity_" + g.Key)}"));
            var blocking = list.Where(e => e.Severity == Domain.Payroll.FlagSeverity.Blocking).ToList();
            w.WriteLine("  " + Messages.Format("Status_Exceptions", p, counts)
                + (blocking.Count > 0 ? Messages.Format("Status_BlockingOpen", blocking.Count(e => e.Blocks)) : ""));
            foreach (var e in blocking)
                w.WriteLine($"    {Messages.Get("Status_BlockingPrefix")} {e.Code}:{e.AgentId} {e.Message} - " +
                    (e.AcknowledgedBy is { } by ? Messages.Format("Status_AcknowledgedBy", by, e.AcknowledgementReason) : Messages.Get("Status_NotAcknowledged")));
        }
        w.WriteLine();
        w.WriteLine(only is { } o ? Messages.Format("Status_AuditLogOf", o) : Messages.Get("Status_AuditLog"));
        if (audit.Count == 0) w.WriteLine("  " + Messages.Get("Status_Empty"));
        foreach (var a in audit)
            w.WriteLine($"  {a.Time.ToString("yyyy-MM-dd HH:mm:ss", inv)}Z  {a.Period?.ToString() ?? "-",-7}  {a.Command,-8} {a.User,-16} {a.Detail}");
        return w.ToString();
    }
}
