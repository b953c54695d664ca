using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>The register's columns (also used by the 工资条 strips): agent, one column per plan line in plan order,
/// then gross, net and (when the plan has employer lines) employer cost. Knows how to lay one payslip on a row.</summary>
internal sealed class RegisterColumns
{
    public const int AgentColumns = 3;

    private readonly Dictionary<string, int> _lineIndex;
    private readonly decimal?[] _values;

    public RegisterColumns(IReadOnlyList<LineDefinition> definitions)
    {
        Definitions = definitions;
        HasEmployerCost = definitions.Any(d => d.Category == LineCategory.Employer);
        _lineIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++) _lineIndex.TryAdd(definitions[i].Code, i);
        _values = new decimal?[definitions.Count];

        var columns = new List<XlsxColumn>
        {
            new("工号\nagent_id", 12),
            new("姓名\nname", 14),
            new("组别\nteam", 10),
        };
        foreach (var d in definitions)
            columns.Add(new XlsxColumn(d.Name + "\n" + d.Code, Math.Clamp(Math.Max(d.Code.Length, d.Name.Length * 2) + 2, 12, 28)));
        columns.Add(new XlsxColumn("应发\ngross", 13));
        columns.Add(new XlsxColumn("实发\nnet", 13));
        if (HasEmployerCost) columns.Add(new XlsxColumn("单位成本\nemployer_cost", 15));
        Columns = columns;
    }

    public IReadOnlyList<LineDefinition> Definitions { get; }

    public IReadOnlyList<XlsxColumn> Columns { get; }

    public bool HasEmployerCost { get; }

    /// <summary>Money columns after the agent columns: one per definition, then gross, net, employer cost.</summary>
    public int ValueCount => Definitions.Count + (HasEmployerCost ? 3 : 2);

    public bool IsTotalled(int valueIndex) => valueIndex >= Definitions.Count || Definitions[valueIndex].Category != LineCategory.Info;

    public bool IsDefined(string code) => _lineIndex.ContainsKey(code);

    public void WriteHeader(XlsxSheetWriter sheet)
    {
        sheet.StartRow(height: 32);
        foreach (var column in Columns) sheet.Text(column.Header, XlsxStyle.Header);
        sheet.EndRow();
    }

    /// <summary>Writes the payslip's row and adds its amounts to <paramref name="totals"/> (length <see cref="ValueCount"/>).
    /// A line the payslip does not have is left blank.</summary>
    public void WriteRow(XlsxSheetWriter sheet, Payslip payslip, decimal[]? totals)
    {
        Array.Clear(_values);
        foreach (var line in payslip.Lines)
        {
            if (_lineIndex.TryGetValue(line.Code, out var index))
                _values[index] = (_values[index] ?? 0m) + ExportedLines.Amount(line.Amount);
        }

        sheet.StartRow();
        sheet.Text(payslip.AgentId);
        sheet.Text(payslip.Name);
        sheet.Text(payslip.Team);
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } value)
            {
                sheet.Skip();
                continue;
            }
            var info = Definitions[i].Category == LineCategory.Info;
            sheet.Number(value, info ? XlsxStyle.Default : XlsxStyle.Money);
            if (totals is not null && !info) totals[i] += value;
        }
        WriteSummary(sheet, i: _values.Length, ExportedLines.Amount(payslip.Gross), totals);
        WriteSummary(sheet, i: _values.Length + 1, ExportedLines.Amount(payslip.Net), totals);
        if (HasEmployerCost) WriteSummary(sheet, i: _values.Length + 2, ExportedLines.Amount(payslip.EmployerCost), totals);
        sheet.EndRow();
    }

    /// <summary>The bold 合计 row: sums of every money column; info columns (hours, scores) are not totalled.</summary>
    public void WriteTotals(XlsxSheetWriter sheet, decimal[] totals)
    {
        sheet.StartRow();
        sheet.Text("合计 Total", XlsxStyle.TotalText);
        sheet.Skip();
        sheet.Skip();
        for (var i = 0; i < totals.Length; i++)
        {
            if (IsTotalled(i)) sheet.Number(totals[i], XlsxStyle.TotalMoney);
            else sheet.Skip();
        }
        sheet.EndRow();
    }

    private static void WriteSummary(XlsxSheetWriter sheet, int i, decimal amount, decimal[]? totals)
    {
        sheet.Number(amount);
        if (totals is not null) totals[i] += amount;
    }
}
