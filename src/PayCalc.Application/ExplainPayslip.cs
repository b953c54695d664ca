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
            errors.WriteLine($"No database at {databasePath}: no month has been run yet (give --db, or run `paycalc run` first).");
            return PayrollRunner.Failure;
        }
        var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
        var slip = store.Runs.FindPayslip(period, agentId);
        if (slip is null)
        {
            errors.WriteLine($"No stored payslip for agent {agentId} in {period}. Run `paycalc run` for that month first.");
            return PayrollRunner.Failure;
        }
        if (line is not null && slip.Lines.All(l => l.Code != line))
        {
            errors.WriteLine($"The payslip has no line '{line}'; lines: {string.Join(", ", slip.Lines.Select(l => l.Code))}.");
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
        w.WriteLine($"{slip.Name} ({slip.AgentId}), team {slip.Team} - payslip for {slip.Period}");
        if (run is not null)
            w.WriteLine($"Plan {run.PlanCode} version {run.PlanVersion} (file sha256 {run.PlanSha256[..Math.Min(12, run.PlanSha256.Length)]}), computed {run.CreatedAt.ToString("yyyy-MM-dd HH:mm", inv)} UTC");
        w.WriteLine();
        foreach (var line in trace.Lines) TraceText.WriteNode(w, line);
        if (trace.Variables.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Intermediate values (from the plan's variables):");
            foreach (var v in trace.Variables)
                w.WriteLine($"  {v.Code,-22} = {FormulaText.Display(v.Value),-14} {v.NameEn}: {v.Formula}" + (v.Explain != v.Formula ? $"  ->  {v.Explain}" : ""));
        }
        if (treeFor is not null && trace.Lines.FirstOrDefault(l => l.Code == treeFor) is { } root)
        {
            w.WriteLine();
            w.WriteLine(root.Code == "iit"
                ? "Income tax step by step (cumulative withholding, STA 2018 No. 61): each value with the values it used; ytd_* are earlier months of the year plus the opening balance."
                : $"{root.NameEn} step by step: each value with the values it used.");
            w.Write(TraceText.Tree(trace, root));
        }
        w.WriteLine();
        w.WriteLine($"Gross 应发 {TraceText.Amount(slip.Gross)} = sum of earning lines; net 实发 {TraceText.Amount(slip.Net)} = gross + deductions.");
        return w.ToString();
    }
}
