using PayCalc.Rules.Model;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// Preview of a month: imports, checks and computes it exactly as <c>paycalc run</c> does - same plan headers, same
/// checks, the earlier stored months as history, the adjustments paid in the month - and keeps nothing: no run, no
/// audit entry, no output file; the database is only read. For HR's what-ifs and the web app.
/// </summary>
/// <param name="time">The clock the database is opened with.</param>
/// <param name="notes">Where opening the database reports an upgrade of its schema (the only change a preview can
/// cause: a database of an earlier PayCalc is upgraded on opening, as by every command).</param>
public sealed class MonthPreview(TimeProvider time, TextWriter? notes = null)
{
    public MonthOutcome Preview(PreviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PayrollDatabase.CheckFile(request.DatabasePath);
        // No database file means nothing is stored before: do not create one just to look.
        var store = File.Exists(request.DatabasePath)
            ? Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, notes ?? TextWriter.Null)
            : null;
        try
        {
            var (plan, calendar) = MonthRules.Load(request.PlanPath, request.RulesDirectory, request.Period);
            var import = MonthComputation.Import(plan, request.InputFolder, request.Period, request.Import);
            return MonthComputation.Evaluate(plan, calendar, request.ComputeBudget, import.Input, import.Errors, store);
        }
        catch (RuleLoadException ex)
        {
            return new MonthOutcome { RuleErrors = ex.Errors };
        }
    }
}
