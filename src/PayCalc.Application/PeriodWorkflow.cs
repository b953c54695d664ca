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
    public int Step(string databasePath, Period period, PeriodAction action, string user, string? reason, long? runId = null, int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds)
    {
        // Never create a database just to refuse: without a file every month is open.
        if (!File.Exists(databasePath))
        {
            errors.WriteLine(PeriodTransitions.Refusal(period, PeriodStatus.Open, action) + $" (no database at {databasePath})");
            return PayrollRunner.Failure;
        }
        try
        {
            var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
            var run = runId ?? store.Runs.FindRun(period)?.Id;
            var from = store.Periods.ChangePeriodStatus(period, action, user, reason, run);
            output.WriteLine($"Period {period}: {PeriodTransitions.Text(from)} -> {PeriodTransitions.Text(PeriodTransitions.Target(action))}" +
                $"{(run is { } id ? $", run {id}" : "")} (by {user}).");
            return PayrollRunner.Ok;
        }
        catch (Exception ex) when (ex is PeriodTransitionException or PeriodOutOfDateException or RunChangedException)
        {
            errors.WriteLine(ex.Message + " Nothing was changed.");
            return PayrollRunner.Failure;
        }
    }

    /// <summary>Lists the periods with status and run, then the audit log (of <paramref name="period"/> only, when given).</summary>
    public int Status(string databasePath, Period? period, int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds)
    {
        if (!File.Exists(databasePath))
        {
            output.WriteLine($"No database at {databasePath}: no month has been run yet (every month is open).");
            return PayrollRunner.Ok;
        }
        var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
        var periods = store.Periods.ListPeriods().Where(p => period is null || p.Period == period).ToList();
        output.Write(Render(periods, store.Periods.AuditEntries(period), period));
        var outputs = periods.Where(p => p.Run is not null).SelectMany(p => OutputFolder.Verify(p.Run!)).ToList();
        if (outputs.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Output files:");
            foreach (var note in outputs) output.WriteLine("  " + note);
        }
        return PayrollRunner.Ok;
    }

    public static string Render(IReadOnlyList<PeriodSummary> periods, IReadOnlyList<AuditEntry> audit, Period? only)
    {
        var inv = CultureInfo.InvariantCulture;
        var w = new StringWriter(inv);
        w.WriteLine($"{"period",-8} {"status",-11} {"run",5} {"plan",-34} {"payslips",8}  {"calculated (UTC)",-16}");
        if (periods.Count == 0)
            w.WriteLine(only is { } p ? $"{p,-8} {"open",-11} (no run stored)" : "(no period stored)");
        foreach (var s in periods)
        {
            var plan = s.Run is { } r ? $"{r.PlanCode} {r.PlanVersion}" : "-";
            var count = s.Run?.AgentCount.ToString("N0", inv) ?? "-";
            var at = s.Run?.CreatedAt.ToString("yyyy-MM-dd HH:mm", inv) ?? "-";
            var id = s.Run?.Id.ToString(inv) ?? "-";
            w.WriteLine($"{s.Period,-8} {PeriodTransitions.Text(s.Status),-11} {id,5} {plan,-34} {count,8}  {at,-16}");
        }
        foreach (var s in periods.Where(s => s.EarlierMonthsRunAgain.Count > 0))
            w.WriteLine($"  out of date: {s.Period} was computed before {string.Join(", ", s.EarlierMonthsRunAgain)} was run again; " +
                (s.Status == PeriodStatus.Closed
                    ? $"it is closed: settle the difference with paycalc correct --period {s.Period} ..."
                    : $"run {s.Period} again before approving or closing it."));
        w.WriteLine();
        w.WriteLine(only is { } o ? $"Audit log of {o}:" : "Audit log:");
        if (audit.Count == 0) w.WriteLine("  (empty)");
        foreach (var a in audit)
            w.WriteLine($"  {a.Time.ToString("yyyy-MM-dd HH:mm:ss", inv)}Z  {a.Period?.ToString() ?? "-",-7}  {a.Command,-8} {a.User,-16} {a.Detail}");
        return w.ToString();
    }
}
