using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>The register's columns, in groups that each print on one page width (the identity columns repeat on every
/// page as print titles): 人员 identity (工号, 姓名, 组别) | 应发 earning lines, 应发合计 gross | 扣款 deduction lines,
/// 扣款合计, 实发 net | 单位 employer lines, 单位成本 employer cost | 信息 info lines (hours, scores, taxable income),
/// grouped (outline) and collapsed, so they are one click away on screen and not on paper. Lines keep plan order within
/// their group. Two header rows: the group, then each column's Chinese name and code. Knows how to lay one payslip on
/// a row and how to print: A4 landscape at the one scale that fits the widest group on a page width.</summary>
internal sealed class RegisterColumns
{
    public const int AgentColumns = 3;
    public const int HeaderRows = 2;
    private const double HeaderHeight = 60;

    private readonly Dictionary<string, int> _lineIndex;
    private readonly decimal?[] _values;
    private readonly List<Slot> _slots = [];

    public RegisterColumns(IReadOnlyList<LineDefinition> definitions)
    {
        Definitions = definitions;
        HasEmployerCost = definitions.Any(d => d.Category == LineCategory.Employer);
        _lineIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++) _lineIndex.TryAdd(definitions[i].Code, i);
        _values = new decimal?[definitions.Count];

        var columns = new List<XlsxColumn>
        {
            new($"{PrintTexts.AgentId}\nagent_id", 9),
            new($"{PrintTexts.AgentName}\nname", 9),
            new($"{PrintTexts.Team}\nteam", 8),
        };
        var groups = new List<string> { PrintTexts.Identity, "", "" };
        var breaks = new List<int>();
        string? label = null;

        void Add(Slot slot, XlsxColumn column)
        {
            _slots.Add(slot);
            columns.Add(column);
            groups.Add(label ?? "");
            label = null;
        }
        void AddLines(LineCategory category, bool outline = false)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                var d = definitions[i];
                if (d.Category != category) continue;
                Add(new Slot(SlotKind.Line, i, category),
                    new XlsxColumn(d.Name + "\n" + d.Code, Math.Clamp(d.Name.Length * 2 + 2, 11, 16), outline ? 1 : 0, outline));
            }
        }

        label = ExportText.Get("Register_GroupEarnings");
        AddLines(LineCategory.Earning);
        Add(new Slot(SlotKind.Gross, -1, LineCategory.Earning), new XlsxColumn($"{PrintTexts.GrossTotal}\ngross", 12));
        breaks.Add(columns.Count - 1);
        label = ExportText.Get("Register_GroupDeductions");
        AddLines(LineCategory.Deduction);
        Add(new Slot(SlotKind.Deductions, -1, LineCategory.Deduction), new XlsxColumn($"{PrintTexts.DeductionsTotal}\ndeductions", 12));
        Add(new Slot(SlotKind.Net, -1, LineCategory.Deduction), new XlsxColumn($"{PrintTexts.Net}\nnet", 12));
        if (HasEmployerCost)
        {
            breaks.Add(columns.Count - 1);
            label = ExportText.Get("Register_GroupEmployer");
            AddLines(LineCategory.Employer);
            Add(new Slot(SlotKind.EmployerCost, -1, LineCategory.Employer), new XlsxColumn($"{PrintTexts.EmployerCost}\nemployer_cost", 13));
        }
        label = ExportText.Get("Register_GroupInfo");
        AddLines(LineCategory.Info, outline: true);
        GroupHeaders = groups;

        Columns = columns;
        Print = new XlsxPrintSetup
        {
            Landscape = true,
            SideMarginInches = 0.3,
            TopBottomMarginInches = 0.6,
            Footer = PrintTexts.PageFooter,
            ColumnBreaks = breaks,
        };
        Print = Print with { Scale = FitScale(columns, breaks, Print.PrintableWidthPoints) };
    }

    public IReadOnlyList<LineDefinition> Definitions { get; }

    public IReadOnlyList<XlsxColumn> Columns { get; }

    /// <summary>Row 1 of the header: each group's name above its first column.</summary>
    public IReadOnlyList<string> GroupHeaders { get; }

    /// <summary>A4 landscape, page N of M in the footer, a page break after each group, one scale for all pages.</summary>
    public XlsxPrintSetup Print { get; }

    public bool HasEmployerCost { get; }

    /// <summary>Money columns after the agent columns (lines, gross, deductions, net, employer cost), in print order.</summary>
    public int ValueCount => _slots.Count;

    public bool IsTotalled(int valueIndex) => _slots[valueIndex].Category != LineCategory.Info;

    public bool IsDefined(string code) => _lineIndex.ContainsKey(code);

    public XlsxSheetLayout Layout => new(Columns, FrozenRows: HeaderRows, FrozenColumns: AgentColumns, Print);

    public void WriteHeader(XlsxSheetWriter sheet)
    {
        sheet.StartRow(height: 20);
        // Not wrapped: a group's name runs on over the empty cells of its group.
        foreach (var group in GroupHeaders) sheet.Text(group, XlsxStyle.SubtotalText);
        sheet.EndRow();
        sheet.StartRow(height: HeaderHeight);
        foreach (var column in Columns) sheet.Text(column.Header, XlsxStyle.Header);
        sheet.EndRow();
    }

    /// <summary>Writes the payslip's row and adds its amounts to <paramref name="totals"/> (length <see cref="ValueCount"/>).
    /// A line the payslip does not have is left blank.</summary>
    public void WriteRow(XlsxSheetWriter sheet, Payslip payslip, decimal[]? totals)
    {
        Array.Clear(_values);
        for (var i = 0; i < payslip.Lines.Count; i++)
        {
            var line = payslip.LineAt(i);
            if (_lineIndex.TryGetValue(line.Code, out var index))
                _values[index] = (_values[index] ?? 0m) + ExportedLines.Amount(line.Amount);
        }
        var gross = ExportedLines.Amount(payslip.Gross);
        var net = ExportedLines.Amount(payslip.Net);

        sheet.StartRow();
        sheet.Text(payslip.AgentId);
        sheet.Text(payslip.Name);
        sheet.Text(payslip.Team);
        for (var s = 0; s < _slots.Count; s++)
        {
            var slot = _slots[s];
            decimal? value = slot.Kind switch
            {
                SlotKind.Line => _values[slot.Definition],
                SlotKind.Gross => gross,
                SlotKind.Deductions => net - gross,
                SlotKind.Net => net,
                _ => ExportedLines.Amount(payslip.EmployerCost),
            };
            if (value is not { } amount)
            {
                sheet.Skip();
                continue;
            }
            var info = slot.Category == LineCategory.Info;
            sheet.Number(amount, info ? XlsxStyle.Default : XlsxStyle.Money);
            if (totals is not null && !info) totals[s] += amount;
        }
        sheet.EndRow();
    }

    /// <summary>A bold totals row (a team's 小计, or the grand 合计): sums of every money column; info columns (hours,
    /// scores) are not totalled.</summary>
    public void WriteTotals(XlsxSheetWriter sheet, string label, string team, decimal[] totals, bool subtotal = false)
    {
        sheet.StartRow();
        sheet.Text(label, subtotal ? XlsxStyle.SubtotalText : XlsxStyle.TotalText);
        sheet.Text("", subtotal ? XlsxStyle.SubtotalText : XlsxStyle.Default);
        sheet.Text(team, subtotal ? XlsxStyle.SubtotalText : XlsxStyle.Default);
        for (var i = 0; i < totals.Length; i++)
        {
            if (IsTotalled(i)) sheet.Number(totals[i], subtotal ? XlsxStyle.SubtotalMoney : XlsxStyle.TotalMoney);
            else sheet.Skip();
        }
        sheet.EndRow();
    }

    /// <summary>The largest whole percentage at which the identity columns plus the widest group fit a page width
    /// (Excel allows 10-100).</summary>
    private static int FitScale(IReadOnlyList<XlsxColumn> columns, IReadOnlyList<int> breaks, double printableWidth)
    {
        var identity = columns.Take(AgentColumns).Sum(c => c.WidthPoints);
        var widest = 0.0;
        var start = AgentColumns;
        foreach (var end in breaks.Append(columns.Count - 1))
        {
            var group = columns.Skip(start).Take(end - start + 1).Where(c => !c.Hidden).Sum(c => c.WidthPoints);
            widest = Math.Max(widest, identity + group);
            start = end + 1;
        }
        return widest <= 0 ? 100 : Math.Clamp((int)Math.Floor(printableWidth / widest * 100), 10, 100);
    }

    private enum SlotKind { Line, Gross, Deductions, Net, EmployerCost }

    /// <summary>A value column: a plan line (its definition index) or one of the summaries, and the group it prints in.</summary>
    private sealed record Slot(SlotKind Kind, int Definition, LineCategory Category);
}
