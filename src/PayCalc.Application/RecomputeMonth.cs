using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// Recomputes a stored month from the input stored with its run, with a given plan, chaining the earlier stored
/// months as history exactly as <c>paycalc run</c> does (same checks, same adjustments paid in the month), and
/// keeps nothing: the database is only read. With the run's own plan it gives the stored payslips (verify); with a
/// changed plan, what the month would have paid (simulate, correct).
/// </summary>
/// <param name="time">The clock the database is opened with.</param>
/// <param name="notes">Where opening the database reports an upgrade of its schema (the only change this can cause).</param>
public sealed class RecomputeMonth(TimeProvider time, TextWriter? notes = null)
{
    public MonthOutcome Recompute(RecomputeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = request.Period;
        if (!File.Exists(request.DatabasePath))
            return new MonthOutcome { Refusal = LedgerText.Format("Recompute_NoDatabase", period.ToString(), request.DatabasePath) };
        var store = Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, notes ?? TextWriter.Null);
        if (store.Runs.FindRun(period) is not { } run)
            return new MonthOutcome { Refusal = LedgerText.Format("Recompute_NoRun", period.ToString()) };
        var planPath = request.PlanPath ?? run.Settings.GetValueOrDefault("plan_file");
        if (planPath is null)
            return new MonthOutcome { Refusal = LedgerText.Format("Recompute_NoPlanFile", period.ToString()) };
        CompiledPlan plan;
        WorkCalendar calendar;
        try
        {
            (plan, calendar) = MonthRules.Load(planPath, request.RulesDirectory, period);
        }
        catch (RuleLoadException ex)
        {
            return new MonthOutcome { RuleErrors = ex.Errors };
        }
        return Recompute(store, period, plan, calendar, request);
    }

    /// <summary>
    /// Recomputes <paramref name="period"/> of <paramref name="store"/> with a plan already compiled for the period
    /// (e.g. a what-if edited in memory). <paramref name="request"/> gives the compute budget and import options.
    /// <paramref name="inMemory"/>: earlier months computed in memory (a simulation's months before this one) read as
    /// history instead of their stored runs; the months before its first are read from the store. <paramref name="clock"/>
    /// times reading the input, the check and the compute.
    /// </summary>
    public static MonthOutcome Recompute(PayrollStore store, Period period, CompiledPlan plan, WorkCalendar calendar, MonthRequest request,
        EarlierMonthsInMemory? inMemory = null, PhaseClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        clock ??= PhaseClock.Silent;
        if (store.Runs.FindRun(period) is not { } run || clock.Time(Messages.Get("Phase_ReadStoredInput"), () => store.Inputs.Read(period)) is not { } stored)
            return new MonthOutcome { Refusal = LedgerText.Format("Recompute_NoRun", period.ToString()) };
        var (input, missing) = run.StoredSchema >= 4 ? (stored, null) : NotStoredInputs.AddFromRunFolder(stored, run, plan, request.Import);
        var warnings = new List<string>();
        if (missing is not null) warnings.Add(missing);
        if (plan.Definition.FileSha256 != run.PlanSha256)
            warnings.Add(LedgerText.Format("Recompute_OtherPlan", period.ToString(), run.PlanCode, run.PlanVersion, Short(run.PlanSha256),
                plan.Definition.Code, plan.Definition.Version, Short(plan.Definition.FileSha256)));
        return MonthComputation.Evaluate(plan, calendar, request.ComputeBudget, input with { Warnings = warnings }, [], store, inMemory, clock, request.Detail);
    }

    private static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;
}
