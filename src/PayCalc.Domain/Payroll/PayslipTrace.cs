namespace PayCalc.Domain.Payroll;

/// <summary>
/// A payslip's computation as a tree: every line and variable as a <see cref="TraceNode"/>, built from what a run
/// keeps (the lines, the variables' values, the display values of every name, the run's <see cref="TraceCatalog"/>
/// and the payslip's aggregate rows). Built the same way from a fresh computation and from the store, so
/// <c>explain</c>, <c>payslips.json</c> and the workbook all read one trace (rendered by <see cref="TraceText"/>).
/// </summary>
public sealed class PayslipTrace
{
    private readonly Dictionary<string, TraceNode> _byCode = new(StringComparer.Ordinal);

    /// <param name="lines">The payslip's lines in plan order, with their explanations.</param>
    /// <param name="variables">The plan's variables as lines (category ignored), or empty.</param>
    /// <param name="values">Display value of every name the formulas may read (facts, metrics, parameters, history,
    /// lines, variables), in <see cref="FormulaText.Display"/> form.</param>
    /// <param name="catalog">The run's catalog of names and row shapes.</param>
    /// <param name="rows">The payslip's aggregate rows.</param>
    public PayslipTrace(IReadOnlyList<PayslipLine> lines, IReadOnlyList<PayslipLine> variables,
        IReadOnlyDictionary<string, string> values, TraceCatalog catalog, IReadOnlyList<LineRows> rows)
    {
        var lineCodes = lines.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        // A line or variable an input names is described by its names (its own node explains it).
        var described = new Dictionary<string, TraceName>(StringComparer.Ordinal);
        foreach (var v in variables) described.TryAdd(v.Code, new TraceName { Name = v.Code, Kind = TraceKind.Variable, Detail = $"{v.NameEn} {v.Name}" });
        foreach (var l in lines) described.TryAdd(l.Code, new TraceName { Name = l.Code, Kind = TraceKind.Line, Detail = $"{l.NameEn} {l.Name}" });
        var rowsOf = rows.ToDictionary(r => r.Code, r => r.Rows, StringComparer.Ordinal);
        Lines = lines.Select(l => Node(l, l.Category)).ToList();
        Variables = variables.Select(v => Node(v, null)).ToList();
        foreach (var n in Variables.Concat(Lines)) _byCode.TryAdd(n.Code, n);

        TraceNode Node(PayslipLine l, LineCategory? category) => new()
        {
            Code = l.Code,
            Name = l.Name,
            NameEn = l.NameEn,
            Category = category,
            Value = l.Amount,
            Formula = l.Formula,
            Explain = l.Explain,
            Say = Fill(catalog.Say, l.Code),
            SayEn = Fill(catalog.SayEn, l.Code),
            Inputs = InputsOf(l.Code, l.Formula),
            Shape = catalog.Rows.GetValueOrDefault(l.Code),
            Rows = rowsOf.GetValueOrDefault(l.Code) ?? [],
        };

        string? Fill(IReadOnlyDictionary<string, string> templates, string code) =>
            templates.TryGetValue(code, out var template) ? FormulaText.Fill(template, n => values.GetValueOrDefault(n)) : null;

        IReadOnlyList<TraceInput> InputsOf(string code, string formula)
        {
            var inputs = new List<TraceInput>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { code };
            foreach (var (name, isName) in FormulaText.Split(formula))
            {
                if (!isName || !seen.Add(name)) continue;
                var about = catalog.Names.GetValueOrDefault(name) ?? described.GetValueOrDefault(name);
                // A table, scale or month-by-month history has no one value: its entries are in the catalog.
                if (!values.TryGetValue(name, out var value))
                    if (about is { Kind: TraceKind.Parameter or TraceKind.History }) value = "";
                    else continue;
                var kind = about?.Kind ?? (lineCodes.Contains(name) ? TraceKind.Line : TraceKind.Variable);
                inputs.Add(new TraceInput(name, value, kind, about));
            }
            return inputs;
        }
    }

    public IReadOnlyList<TraceNode> Lines { get; }
    public IReadOnlyList<TraceNode> Variables { get; }

    /// <summary>The line or variable <paramref name="code"/>, or null.</summary>
    public TraceNode? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The nodes of a node's inputs that are lines or variables, in formula order.</summary>
    public IEnumerable<TraceNode> Inputs(TraceNode node) =>
        node.Inputs.Where(i => i.Kind is TraceKind.Line or TraceKind.Variable).Select(i => Find(i.Name)).OfType<TraceNode>();
}
