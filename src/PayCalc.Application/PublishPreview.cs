using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// <c>paycalc preview</c>: HR stores a month-to-date snapshot for agents to see as an estimate. The month is imported,
/// checked and computed exactly as <c>run</c> does (same plan, same checks, the earlier stored months as history); then
/// each team's input and history is stored with the rule files, replacing the preview before. Never a run: no payslip,
/// no output file, no period status, no history for later months. Exit codes as <c>run</c>: 0, 2 bad input, 1 otherwise.
/// </summary>
public sealed class PublishPreview(TextWriter output, TextWriter errors, TimeProvider time)
{
    public int Publish(PreviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inv = CultureInfo.InvariantCulture;
        PayrollDatabase.CheckFile(request.DatabasePath);
        errors.WriteLine(EstimateText.Format("Preview_Start", request.Period, request.PlanPath, request.InputFolder));
        var clock = new PhaseClock(errors);
        var store = Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, errors);
        if (store.Runs.FindRun(request.Period) is { } run)
        {
            errors.WriteLine(EstimateText.Format("Preview_HasRun", request.Period, run.Id));
            return PayrollRunner.Failure;
        }
        CompiledPlan plan;
        Domain.Calendar.WorkCalendar calendar;
        var ruleFiles = new RuleFiles();
        try
        {
            (plan, calendar) = clock.Time(Messages.Get("Phase_LoadRules"), () => MonthRules.Load(request.PlanPath, request.RulesDirectory, request.Period, ruleFiles));
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine(EstimateText.Format("Preview_RuleErrors", ex.Errors.Count));
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
        var import = clock.Time(Messages.Get("Phase_Import"), () => MonthComputation.Import(plan, request.InputFolder, request.Period, request.Import));
        var input = import.Input;
        var (history, checks) = clock.Time(Messages.Get("Phase_CheckEarlier"), () => MonthComputation.Check(plan, input, store));
        foreach (var w in input.Warnings) errors.WriteLine("  " + EstimateText.Format("Preview_Warning", w));
        var problems = import.Errors.Concat(checks).ToList();
        if (problems.Count > 0)
        {
            errors.WriteLine(EstimateText.Format("Preview_InputErrors", problems.Count));
            foreach (var e in problems) errors.WriteLine("  " + e);
            return PayrollRunner.BadInput;
        }
        Domain.Payroll.PayrollResult result;
        try
        {
            // As an agent's estimate computes it: the plan's lines, without the adjustments of corrected earlier months.
            result = clock.Time(Messages.Get("Phase_Compute"), () => new PayrollEngine(plan, calendar, request.ComputeBudget, detail: PayslipDetail.AmountsOnly).Compute(input, history));
        }
        catch (ComputeFailedException ex)
        {
            errors.WriteLine(EstimateText.Format("Preview_ComputeErrors", ex.Errors.Count));
            foreach (var e in ex.Errors.Take(200)) errors.WriteLine("  " + e);
            return PayrollRunner.BadInput;
        }
        var documents = clock.Time(Messages.Get("Phase_TeamDocuments"), () => PreviewDocument.Split(input, history).AsParallel().AsOrdered()
            .Select(t => new PreviewTeam(t.Team, t.Agents.Select(a => a.AgentId).ToList(), t.Document.ToBytes()))
            .ToList());
        var stored = clock.Time(Messages.Get("Phase_Store"), () => store.Previews.Replace(new StoredPreview(0, request.Period, DataAsOf(input), "", request.User, plan.Definition.Code,
                plan.Definition.Version, plan.Definition.FileSha256, result.Payslips.Count, result.Payslips.Sum(p => p.Gross),
                result.Payslips.Sum(p => p.Net), result.Flags.Count),
            RuleSnapshot.Capture(ruleFiles, request.RulesDirectory), documents));
        output.WriteLine(EstimateText.Format("Preview_Stored", stored.Period, stored.DataAsOf.ToString("yyyy-MM-dd", inv),
            stored.Agents.ToString("N0", inv), stored.Gross.ToString("#,##0.00", inv), stored.Net.ToString("#,##0.00", inv), stored.Exceptions));
        output.WriteLine(EstimateText.Get("Preview_Replaced"));
        errors.WriteLine("  " + Messages.Get("Run_TimePerPhase") + string.Join(", ", clock.Phases.Select(p => $"{p.Phase} {p.Elapsed.TotalSeconds.ToString("0.00", inv)} s")));
        return PayrollRunner.Ok;
    }

    /// <summary>The date of the data: the last day with attendance (a shift or leave), else the last sale, else the month's first day.</summary>
    private static DateOnly DataAsOf(PayrollInput input)
    {
        var days = input.Shifts.Select(s => s.Date).Concat(input.Leave.Select(l => l.Date))
            .Where(d => Period.Of(d) == input.Period).ToList();
        if (days.Count > 0) return days.Max();
        var sales = input.Deals.Select(d => d.BookedDate).Where(d => Period.Of(d) == input.Period).ToList();
        return sales.Count > 0 ? sales.Max() : input.Period.FirstDay;
    }
}
