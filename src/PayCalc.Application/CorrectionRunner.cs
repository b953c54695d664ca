using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Import;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>What <c>paycalc correct</c> needs; <see cref="PlanPath"/> null = the plan file the closed month was run with.</summary>
public sealed record CorrectRequest(string? PlanPath, Period Period, string InputFolder, string DatabasePath, string RulesDirectory)
    : MonthRequest;

/// <summary>
/// <c>paycalc correct</c>: recomputes a closed month from corrected inputs in a shadow run (computed like
/// <c>run</c>, with the same earlier months, but never stored as the month's run), compares it line by line with
/// the stored payslips, and posts each difference of an earning or deduction line as an adjustment to the next
/// month that is not closed, where the next <c>run</c> of that month adds it as an <c>adjustment</c> line. The
/// closed month's payslips, inputs and status never change. Exit codes as <c>run</c>: 0, 1 refused/failure, 2 bad input.
/// </summary>
public sealed class CorrectionRunner(TextWriter output, TextWriter errors, TimeProvider time)
{
    public int Correct(CorrectRequest request)
    {
        var period = request.Period;
        if (!File.Exists(request.DatabasePath))
        {
            errors.WriteLine(PeriodTransitions.Refusal(period, PeriodStatus.Open, PeriodAction.Correct) + Messages.Format("Period_NoDatabaseSuffix", request.DatabasePath) + Messages.Get("Run_NothingChanged"));
            return PayrollRunner.Failure;
        }
        var store = Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, errors);
        var status = store.Periods.GetPeriodStatus(period);
        if (!PeriodTransitions.IsAllowed(status, PeriodAction.Correct))
        {
            errors.WriteLine(PeriodTransitions.Refusal(period, status, PeriodAction.Correct) + Messages.Get("Run_NothingChanged"));
            return PayrollRunner.Failure;
        }
        var run = store.Runs.FindRun(period)!;
        var planPath = request.PlanPath ?? run.Settings.GetValueOrDefault("plan_file");
        if (planPath is null)
        {
            errors.WriteLine(Messages.Format("Correct_NoPlanFile", period));
            return PayrollRunner.Failure;
        }

        CompiledPlan plan;
        Domain.Calendar.WorkCalendar calendar;
        try
        {
            (plan, calendar) = MonthRules.Load(planPath, request.RulesDirectory, period);
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine(Messages.Format("Correct_RulesNotLoaded", ex.Errors.Count));
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
        if (plan.Definition.Code != run.PlanCode)
            errors.WriteLine("  " + Messages.Format("Correct_OtherPlan", period, $"{run.PlanCode} {run.PlanVersion}", $"{plan.Definition.Code} {plan.Definition.Version}"));

        // Imported, checked and computed as run does it (MonthComputation); every check runs on what parsed, so HR
        // gets every problem of every file in one go.
        var import = MonthComputation.Import(plan, request.InputFolder, period, request.Import);
        var (history, checks) = MonthComputation.Check(plan, import.Input, store);
        var inputErrors = import.Errors.Concat(checks).ToList();
        if (inputErrors.Count == 0) return Post(request, store, plan, calendar, import.Input, history);
        errors.WriteLine(Messages.Format("Correct_InputRejected", inputErrors.Count));
        foreach (var e in inputErrors) errors.WriteLine("  " + e);
        return PayrollRunner.BadInput;
    }

    private int Post(CorrectRequest request, PayrollStore store, CompiledPlan plan, Domain.Calendar.WorkCalendar calendar,
        Domain.Inputs.PayrollInput input, PayrollHistory history)
    {
        var period = request.Period;
        PayrollResult shadow;
        try
        {
            // Adjustment lines paid in the closed month are neither recomputed nor compared (Correction.Differences).
            shadow = MonthComputation.Compute(plan, calendar, request.ComputeBudget, input, history, store);
        }
        catch (ComputeFailedException ex)
        {
            errors.WriteLine(Messages.Format("Correct_ComputeFailed", ex.Errors.Count));
            foreach (var e in ex.Errors.Take(200)) errors.WriteLine("  " + e);
            return PayrollRunner.BadInput;
        }

        var paidIn = period.Next();
        while (store.Periods.GetPeriodStatus(paidIn) == PeriodStatus.Closed) paidIn = paidIn.Next();
        var codes = shadow.LineDefinitions.Select(d => d.Code).ToList();
        var paid = store.History.LinesBetween(period, period, codes).Select(l => (l.AgentId, l.Code, l.Category, l.Amount));
        var adjustments = Correction.Differences(period, paidIn, paid, shadow.Payslips, store.Adjustments.AdjustmentsOf(period));
        if (adjustments.Count == 0)
        {
            output.WriteLine(Messages.Format("Correct_NothingToPost", period));
            return PayrollRunner.Ok;
        }
        try
        {
            store.Adjustments.PostAdjustments(period, paidIn, adjustments, request.User, request.Reason);
        }
        catch (PeriodTransitionException ex)
        {
            errors.WriteLine(ex.Message + Messages.Get("Run_NothingChanged"));
            return PayrollRunner.Failure;
        }

        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(Messages.Format("Correct_Summary", period, adjustments.Count, adjustments.Select(a => a.AgentId).Distinct().Count(), paidIn));
        output.WriteLine();
        output.WriteLine($"  {Messages.Get("Correct_ColumnLine"),-24} {Messages.Get("Correct_ColumnCount"),6} {Messages.Get("Correct_ColumnDifference"),14}");
        foreach (var g in adjustments.GroupBy(a => a.LineCode))
            output.WriteLine($"  {g.Key,-24} {g.Count(),6} {g.Sum(a => a.Amount).ToString("#,##0.00", inv),14}");
        output.WriteLine($"  {"net",-24} {"",6} {adjustments.Sum(a => a.Amount).ToString("#,##0.00", inv),14}");
        output.WriteLine();
        var next = store.Periods.GetPeriodStatus(paidIn);
        output.WriteLine(next == PeriodStatus.Open
            ? "  " + Messages.Format("Correct_PaidInOpen", paidIn)
            : "  " + Messages.Format(next == PeriodStatus.Approved ? "Correct_PaidInApproved" : "Correct_PaidInCalculated", paidIn, PeriodTransitions.Shown(next)));
        return PayrollRunner.Ok;
    }
}
