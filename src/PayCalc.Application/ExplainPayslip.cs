using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// One payslip's story from the stored run (<c>paycalc explain</c>): each line with its formula, the formula with the
/// values that went in, and the intermediate values it used. Exit codes as <c>run</c>: 0, 1 nothing to explain.
/// </summary>
public sealed class ExplainPayslip(TextWriter output, TextWriter errors, TimeProvider time)
{
    /// <summary>Prints the explanation of <paramref name="agentId"/>'s payslip of <paramref name="period"/>, with the
    /// computation tree of <paramref name="line"/> (default <c>iit</c>, the cumulative income tax).</summary>
    public int Explain(string databasePath, Period period, string agentId, string? line, int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds)
    {
        if (!File.Exists(databasePath))
        {
            errors.WriteLine(ToolText.Format("Tool_NoDatabase", databasePath));
            return PayrollRunner.Failure;
        }
        var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
        var slip = store.Runs.FindPayslip(period, agentId);
        if (slip is null)
        {
            errors.WriteLine(ToolText.Format("Explain_NoPayslip", agentId, period.ToString()));
            return PayrollRunner.Failure;
        }
        if (line is not null && slip.Lines.All(l => l.Code != line))
        {
            errors.WriteLine(ToolText.Format("Explain_NoLine", line, string.Join(", ", slip.Lines.Select(l => l.Code))));
            return PayrollRunner.Failure;
        }
        output.Write(Render(slip, store.Runs.FindRun(period), line ?? "iit"));
        return PayrollRunner.Ok;
    }

    /// <summary>The explanation of a stored payslip, rendered from its trace by <see cref="TraceText"/>: every line with its
    /// rule, the values that went in, each input with its kind (a parameter with its source and in-force date) and the
    /// rows behind an aggregate line; the plan's intermediate values; the tree of <paramref name="treeFor"/>.</summary>
    public static string Render(StoredPayslip slip, StoredRun? run, string? treeFor = "iit")
    {
        var inv = CultureInfo.InvariantCulture;
        var trace = slip.Trace;
        var w = new StringWriter(inv);
        w.WriteLine(ToolText.Format("Explain_Header", slip.Name, slip.AgentId, slip.Team, slip.Period.ToString()));
        if (run is not null)
            w.WriteLine(ToolText.Format("Explain_Plan", run.PlanCode, run.PlanVersion, run.PlanSha256[..Math.Min(12, run.PlanSha256.Length)], run.CreatedAt.ToString("yyyy-MM-dd HH:mm", inv)));
        w.WriteLine();
        foreach (var line in trace.Lines) TraceText.WriteNode(w, line);
        if (trace.Variables.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(ToolText.Get("Explain_Intermediate"));
            foreach (var v in trace.Variables)
                w.WriteLine($"  {v.Code,-22} = {FormulaText.Display(v.Value),-14} {v.NameEn}: {v.Formula}" + (v.Explain != v.Formula ? $"  ->  {v.Explain}" : ""));
        }
        if (treeFor is not null && trace.Lines.FirstOrDefault(l => l.Code == treeFor) is { } root)
        {
            w.WriteLine();
            w.WriteLine(root.Code == "iit"
                ? ToolText.Get("Explain_IitSteps")
                : ToolText.Format("Explain_LineSteps", root.NameEn));
            w.Write(TraceText.Tree(trace, root));
        }
        w.WriteLine();
        w.WriteLine(ToolText.Format("Explain_Totals", TraceText.Amount(slip.Gross), TraceText.Amount(slip.Net)));
        return w.ToString();
    }
}
