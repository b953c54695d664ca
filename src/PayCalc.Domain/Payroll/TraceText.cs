using System.Globalization;
using System.Text;

namespace PayCalc.Domain.Payroll;

/// <summary>
/// The one renderer of a trace, with one number format (<see cref="FormulaText.Display"/> for values, two decimals
/// for amounts): the text <c>explain</c> prints, and the pieces the workbook and <c>payslips.json</c> write. Its fixed words
/// (<c>rule:</c>, <c>values:</c>, the kinds of inputs, ...) are in the UI language (<see cref="TraceWords"/>); formulas,
/// codes, names and numbers stay as they are.
/// </summary>
public static class TraceText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>An amount as payslips show it: <c>1,234.50</c>.</summary>
    public static string Amount(decimal amount) => amount.ToString("#,##0.00", Inv);

    /// <summary>Where a row came from: <c>file:sheet:row</c>, or <c>file:row</c> for a CSV.</summary>
    public static string Source(SourceRef source) =>
        source.Sheet.Length == 0 ? $"{source.File}:{source.Row.ToString(Inv)}" : source.ToString();

    /// <summary>What the run knows about a name, in the UI language: <c>parameter, in force from 2026-01-01, plans/x.yaml:123; source: ...</c>.</summary>
    public static string About(TraceKind kind, TraceName? about)
    {
        var parts = new List<string> { KindWords(kind) };
        if (about?.InForce is { } from) parts.Add(TraceWords.Format("Trace_InForce", from.ToString("yyyy-MM-dd", Inv)));
        if (about?.Location is { Length: > 0 } at) parts.Add(at);
        if (about?.Detail is { Length: > 0 } detail) parts.Add(detail);
        var text = string.Join(TraceWords.Get("Trace_Separator"), parts);
        return about?.Source is { Length: > 0 } source ? TraceWords.Format("Trace_WithSource", text, source) : text;
    }

    /// <summary>The kind of a name in the UI language, as an explanation shows it (<c>参数</c>; <c>parameter</c> in English).</summary>
    public static string KindWords(TraceKind kind) => TraceWords.Get("Trace_Kind_" + kind switch
    {
        TraceKind.Fact or TraceKind.Metric or TraceKind.TeamMetric or TraceKind.Parameter or TraceKind.CityParameter or TraceKind.History
            or TraceKind.Line => kind.ToString(),
        _ => nameof(TraceKind.Variable),
    });

    /// <summary>The kind of a name as a fixed English key, the same in every language (<c>payslips.json</c>'s <c>kind</c>).</summary>
    public static string KindText(TraceKind kind) => kind switch
    {
        TraceKind.Fact => "fact",
        TraceKind.Metric => "metric",
        TraceKind.TeamMetric => "team metric",
        TraceKind.Parameter => "parameter",
        TraceKind.CityParameter => "city parameter",
        TraceKind.History => "earlier months",
        TraceKind.Line => "line",
        _ => "variable",
    };

    /// <summary>One row of an aggregate line: <c>2026-10-03  HoursInWindow(22, 6) = 6  -> 60  (attendance.csv:5)</c>.</summary>
    public static string Row(RowShape? shape, TraceRow row)
    {
        var sb = new StringBuilder();
        sb.Append(row.Date.ToString("yyyy-MM-dd", Inv));
        for (var k = 0; k < row.Fields.Count; k++)
        {
            sb.Append(k == 0 ? "  " : ", ");
            if (shape is not null && k < shape.Fields.Count) sb.Append(shape.Fields[k]).Append(" = ");
            sb.Append(FormulaText.Display(row.Fields[k]));
        }
        sb.Append("  -> ").Append(FormulaText.Display(row.Value));
        sb.Append("  (").Append(Source(row.Source)).Append(')');
        return sb.ToString();
    }

    /// <summary>The rows of a line on one line, for a spreadsheet cell: <c>2026-10-03 6 -> 60 (file:5); ...</c>.</summary>
    public static string Rows(IReadOnlyList<TraceRow> rows)
    {
        if (rows.Count == 0) return "";
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            if (sb.Length > 0) sb.Append("; ");
            sb.Append(row.Date.ToString("yyyy-MM-dd", Inv));
            foreach (var f in row.Fields) sb.Append(' ').Append(FormulaText.Display(f));
            sb.Append(" -> ").Append(FormulaText.Display(row.Value)).Append(" (").Append(Source(row.Source)).Append(')');
        }
        return sb.ToString();
    }

    /// <summary>A node as <c>explain</c> prints it: heading, the line in words (the plan's <c>say:</c> with its values, in the
    /// UI language) when the plan gives them, rule, values, each input with what it is, and the rows.</summary>
    public static void WriteNode(TextWriter w, TraceNode node)
    {
        var sign = TraceWords.Get(node.Category switch
        {
            null => "Trace_Category_Variable",
            LineCategory.Info => "Trace_Category_Info",
            LineCategory.Deduction => "Trace_Category_Deduction",
            LineCategory.Employer => "Trace_Category_Employer",
            _ => "Trace_Category_Earning",
        });
        w.WriteLine(TraceWords.Format("Trace_Heading", node.Name, node.NameEn, node.Code, sign,
            node.Category is null ? FormulaText.Display(node.Value) : Amount(node.Value)));
        if (node.Words() is { Length: > 0 } words) w.WriteLine($"    {words}");
        if (node.Formula.Length == 0) return;
        w.WriteLine("    " + TraceWords.Format("Trace_Rule", node.Formula));
        if (node.Explain != node.Formula) w.WriteLine("    " + TraceWords.Format("Trace_Values", node.Explain));
        foreach (var input in node.Inputs)
            w.WriteLine("      " + (input.Value.Length == 0
                ? TraceWords.Format("Trace_InputNoValue", input.Name, About(input.Kind, input.About))
                : TraceWords.Format("Trace_Input", input.Name, input.Value, About(input.Kind, input.About))));
        if (node.Shape is { } shape)
        {
            w.WriteLine("    " + (node.Rows.Count == 0
                ? TraceWords.Format("Trace_NoRows", CollectionWords(shape.Collection))
                : TraceWords.Format("Trace_Rows", node.Rows.Count.ToString(Inv), CollectionWords(shape.Collection))));
            foreach (var row in node.Rows) w.WriteLine("      " + Row(shape, row));
        }
    }

    /// <summary>A collection of rows in the UI language (<c>deals</c>: <c>成交</c>); a collection without words keeps its name.</summary>
    public static string CollectionWords(string collection) => collection switch
    {
        "shifts" or "leave" or "deals" => TraceWords.Get("Trace_Collection_" + collection),
        _ => collection,
    };

    /// <summary>
    /// The computation of <paramref name="root"/> as a tree: each line or variable it reads, depth first, with its value
    /// and the formula with values substituted. Lines other than the root are leaves (they are explained on their own);
    /// a value met again is shown once.
    /// </summary>
    public static string Tree(PayslipTrace trace, TraceNode root)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var w = new StringWriter(Inv);
        void Visit(TraceNode node, int depth)
        {
            var indent = new string(' ', 2 + 2 * depth);
            var first = shown.Add(node.Code);
            var expand = first && (depth == 0 || node.Category is null);
            var explained = node.Explain != node.Formula ? $"  ->  {node.Explain}" : "";
            w.WriteLine($"{indent}{node.Code} = {FormulaText.Display(node.Value)}" + (expand ? $"   {node.NameEn}: {node.Formula}{explained}"
                : "   " + (first ? TraceWords.Format("Trace_TreeLineAbove", node.NameEn) : TraceWords.Get("Trace_TreeAbove"))));
            if (!expand) return;
            foreach (var input in trace.Inputs(node)) Visit(input, depth + 1);
        }
        Visit(root, 0);
        return w.ToString();
    }
}
