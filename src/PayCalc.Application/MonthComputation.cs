using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Import;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// The steps every use case that computes a month shares - run, preview, correct and recompute - in one place:
/// import the input folder as the plan names its columns, check the input against the plan and the earlier stored
/// months (read as the plan's history), compute, and add the adjustments of corrected months paid in the month.
/// Nothing here stores anything.
/// </summary>
public static class MonthComputation
{
    /// <summary>The input folder as the plan names its columns, with every problem of every file.</summary>
    public static ImportResult Import(CompiledPlan plan, string inputFolder, Period period, ImportOptions options) =>
        new InputFolderReader(PlanHeaders.Apply(options, plan)).Read(inputFolder, period);

    /// <summary>
    /// The checks of an input that parsed (what the plan reads, the opening balances of months not held, the
    /// cancellations of earlier deals) and the earlier months as the plan's history; no database
    /// (<paramref name="store"/> null) means nothing stored before. Every check runs, so HR gets every problem in one go.
    /// <paramref name="inMemory"/> replaces the stored months from its first month on by months computed in memory (a simulation).
    /// </summary>
    public static (PayrollHistory History, List<InputError> Problems) Check(CompiledPlan plan, PayrollInput input, PayrollStore? store,
        EarlierMonthsInMemory? inMemory = null)
    {
        var problems = PlanInputCheck.Check(plan, input).ToList();
        var (history, earlier) = ReadEarlierMonths(plan, input, store, inMemory);
        problems.AddRange(earlier);
        return (history, problems);
    }

    /// <summary>The earlier stored months as the plan's history, and the checks that depend on them (opening balances,
    /// cancellations): read again by a run that finds an earlier month stored meanwhile.</summary>
    public static (PayrollHistory History, List<InputError> Problems) ReadEarlierMonths(CompiledPlan plan, PayrollInput input, PayrollStore? store,
        EarlierMonthsInMemory? inMemory = null)
    {
        var (history, firstHeld) = EarlierMonths.Read(plan, input.Period, store, inMemory?.From.Previous());
        if (inMemory is not null) history = history.Including(inMemory.History);
        var problems = OpeningBalanceCheck.Check(plan, input, firstHeld).Concat(EarlierMonths.CheckCancellations(input, store)).ToList();
        return (history, problems);
    }

    /// <summary>
    /// The month's payslips from a checked input: the plan's lines, then the differences of corrected closed months
    /// paid in this month as adjustment lines (none without a database; a correction's comparison skips them).
    /// </summary>
    /// <exception cref="ComputeFailedException">Some payslips could not be computed (every failure listed).</exception>
    public static PayrollResult Compute(CompiledPlan plan, WorkCalendar calendar, ComputeBudget budget, PayrollInput input,
        PayrollHistory history, PayrollStore? store, PayslipDetail detail = PayslipDetail.Full)
    {
        var result = new PayrollEngine(plan, calendar, budget, detail: detail).Compute(input, history);
        return store is null ? result : Correction.AddTo(result, store.Adjustments.AdjustmentsPaidIn(input.Period));
    }

    /// <summary>
    /// Checks and computes a month for a caller that keeps nothing (preview, recompute): the payroll, or every
    /// problem that stopped it. <paramref name="problems"/> are found before (the import's); the input's warnings are passed on.
    /// <paramref name="inMemory"/>: earlier months computed in memory that stand for the stored ones (see <see cref="Check"/>).
    /// <paramref name="clock"/> times the check and the compute (none: not timed); <paramref name="detail"/>: what each payslip keeps.
    /// </summary>
    public static MonthOutcome Evaluate(CompiledPlan plan, WorkCalendar calendar, ComputeBudget budget, PayrollInput input,
        IEnumerable<InputError> problems, PayrollStore? store, EarlierMonthsInMemory? inMemory = null, PhaseClock? clock = null,
        PayslipDetail detail = PayslipDetail.Full)
    {
        clock ??= PhaseClock.Silent;
        var (history, checks) = clock.Time(Messages.Get("Phase_CheckEarlier"), () => Check(plan, input, store, inMemory));
        var all = problems.Concat(checks).ToList();
        var notes = input.Warnings;
        if (all.Count > 0) return new MonthOutcome { Warnings = notes, InputErrors = all };
        try
        {
            return new MonthOutcome { Warnings = notes, Result = clock.Time(Messages.Get("Phase_Compute"), () => Compute(plan, calendar, budget, input, history, store, detail)) };
        }
        catch (ComputeFailedException ex)
        {
            return new MonthOutcome { Warnings = notes, ComputeErrors = ex.Errors };
        }
    }
}
