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

    public static string Render(StoredPayslip slip, StoredRun? run, string? treeFor = "iit")
    {
        var inv = CultureInfo.InvariantCulture;
        var w = new StringWriter();
        w.WriteLine($"{slip.Name} ({slip.AgentId}), team {slip.Team} - payslip for {slip.Period}");
        if (run is not null)
            w.WriteLine($"Plan {run.PlanCode} version {run.PlanVersion} (file sha256 {run.PlanSha256[..Math.Min(12, run.PlanSha256.Length)]}), computed {run.CreatedAt.ToString("yyyy-MM-dd HH:mm", inv)} UTC");
        w.WriteLine();
        foreach (var line in slip.Lines)
        {
            var sign = line.Category switch
            {
                LineCategory.Info => "info, not paid",
                LineCategory.Deduction => "deduction",
                LineCategory.Employer => "employer cost",
                _ => "earning",
            };
            w.WriteLine($"{line.Name} {line.NameEn} [{line.Code}, {sign}]: {line.Amount.ToString("#,##0.00", inv)}");
            w.WriteLine($"    rule:   {line.Formula}");
            w.WriteLine($"    values: {line.Explain}");
            if (line.Inputs.Count > 0) w.WriteLine($"    inputs: {string.Join(", ", line.Inputs.Select(i => $"{i.Name} = {i.Value}"))}");
        }
        if (slip.Trace.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Intermediate values (from the plan's variables):");
            foreach (var v in slip.Trace)
                w.WriteLine($"  {v.Code,-22} = {FormatValue(v.Amount),-14} {v.NameEn}: {v.Formula}" + (v.Explain != v.Formula ? $"  ->  {v.Explain}" : ""));
        }
        if (treeFor is not null && slip.Lines.FirstOrDefault(l => l.Code == treeFor) is { } root)
        {
            w.WriteLine();
            w.WriteLine(root.Code == "iit"
                ? "Income tax step by step (cumulative withholding, STA 2018 No. 61): each value with the values it used; ytd_* are earlier months of the year plus the opening balance."
                : $"{root.NameEn} step by step: each value with the values it used.");
            w.Write(Tree(slip, root));
        }
        w.WriteLine();
        w.WriteLine($"Gross 应发 {slip.Gross.ToString("#,##0.00", inv)} = sum of earning lines; net 实发 {slip.Net.ToString("#,##0.00", inv)} = gross + deductions.");
        return w.ToString();
    }

    /// <summary>
    /// The computation of <paramref name="root"/> as a tree: each plan variable its formula names, depth first, with
    /// its value and the formula with values substituted. Other payslip lines are leaves (they are explained above);
    /// a value met again is shown once.
    /// </summary>
    public static string Tree(StoredPayslip slip, PayslipLine root)
    {
        var byCode = slip.Trace.Concat(slip.Lines).GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var variables = slip.Trace.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var w = new StringWriter(CultureInfo.InvariantCulture);
        void Visit(PayslipLine node, int depth)
        {
            var indent = new string(' ', 2 + 2 * depth);
            var first = shown.Add(node.Code);
            var expand = first && (depth == 0 || variables.Contains(node.Code));
            w.WriteLine($"{indent}{node.Code} = {FormatValue(node.Amount)}" + (expand ? $"   {node.NameEn}: {node.Formula}" + (node.Explain != node.Formula ? $"  ->  {node.Explain}" : "") : first ? $"   ({node.NameEn}, a line above)" : "   (above)"));
            if (!expand) return;
            foreach (var name in Names(node.Formula).Where(n => n != node.Code && byCode.ContainsKey(n)))
                Visit(byCode[name], depth + 1);
        }
        Visit(root, 0);
        return w.ToString();
    }

    /// <summary>Distinct identifiers of a formula in order, skipping member names after a dot.</summary>
    private static IEnumerable<string> Names(string formula) =>
        System.Text.RegularExpressions.Regex.Matches(formula, @"(?<![.\w])[A-Za-z_][A-Za-z0-9_]*")
            .Select(m => m.Value).Distinct(StringComparer.Ordinal);

    private static string FormatValue(decimal v) =>
        Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}
