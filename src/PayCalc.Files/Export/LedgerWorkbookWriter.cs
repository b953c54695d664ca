using System.Globalization;
using PayCalc.Domain.Ledger;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>
/// Writes <c>ledger-&lt;year&gt;.xlsx</c> with the streaming writer: the ledger lines (each with its rule, values, inputs
/// and rows as the stored trace gives them, rendered by <see cref="TraceText"/>), the deals behind commission and
/// clawback lines, and one reconciliation row per agent with a total. Text cells are inline strings, never formulas.
/// </summary>
public static class LedgerWorkbookWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Sheet names and headers in the UI language (ExportText.resx).
    public static string LinesSheet => T("Ledger_LinesSheet");
    public static string DealsSheet => T("Ledger_DealsSheet");
    public static string ReconciliationSheet => T("Ledger_ReconciliationSheet");

    private static string T(string key) => ExportText.Get(key);

    private static XlsxColumn[] LineColumns =>
    [
        new(T("Ledger_Period"), 9), new(T("Ledger_Agent"), 10), new(T("Ledger_Name"), 12), new(T("Ledger_Team"), 10), new(T("Ledger_Kind"), 12),
        new(T("Ledger_LineCode"), 22), new(T("Ledger_Line"), 16), new(T("Ledger_LineEn"), 30), new(T("Ledger_Amount"), 14), new(T("Ledger_Deals"), 7),
        new(T("Ledger_Rule"), 60), new(T("Ledger_Values"), 60), new(T("Ledger_Inputs"), 80), new(T("Ledger_Rows"), 80),
    ];

    private static XlsxColumn[] DealColumns =>
    [
        new(T("Ledger_Period"), 9), new(T("Ledger_Agent"), 10), new(T("Ledger_LineCode"), 22), new(T("Ledger_Kind"), 12), new(T("Ledger_DealId"), 14),
        new(T("Ledger_Booked"), 11), new(T("Ledger_Cancelled"), 11), new(T("Ledger_Amount"), 14), new(T("Ledger_Term"), 8),
        new(T("Ledger_ValueFromTrace"), 14), new(T("Ledger_Rate"), 9), new(T("Ledger_Accelerator"), 11), new(T("Ledger_Source"), 26),
        new(T("Ledger_TraceRow"), 70),
    ];

    private static XlsxColumn[] ReconciliationColumns =>
    [
        new(T("Ledger_Agent"), 10), new(T("Ledger_Name"), 12), new(T("Ledger_Team"), 10), new(T("Ledger_CommissionEarned"), 14),
        new(T("Ledger_ClawedBack"), 14), new(T("Ledger_NetCommission"), 14), new(T("Ledger_BonusesPaid"), 14), new(T("Ledger_Adjustments"), 14),
        new(T("Ledger_Total"), 14), new(T("Ledger_Deals"), 7),
    ];

    public static string FileName(int year) => $"ledger-{year.ToString(Inv)}.xlsx";

    /// <summary>Writes the workbook into <paramref name="folder"/> (created when missing), replacing an existing file only
    /// once the new one is complete; returns its path.</summary>
    public static string Write(string folder, BonusLedgerReport report, DateTimeOffset stamp)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(report.Year));
        var temp = path + ".tmp";
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                Write(file, report, stamp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return path;
    }

    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    public static void Write(Stream output, BonusLedgerReport report, DateTimeOffset stamp)
    {
        using var package = new XlsxPackageWriter(output, [LinesSheet, DealsSheet, ReconciliationSheet], stamp);
        using (var sheet = package.BeginSheet(new XlsxSheetLayout(LineColumns, FrozenRows: 1, FrozenColumns: 2)))
        {
            Header(sheet, LineColumns);
            var dealCounts = report.Deals.GroupBy(d => (d.Period, d.AgentId, d.LineCode)).ToDictionary(g => g.Key, g => g.Count());
            foreach (var line in Capped(report.Lines, sheet))
            {
                var node = line.Node;
                sheet.StartRow();
                sheet.Text(line.Period.ToString());
                sheet.Text(line.AgentId);
                sheet.Text(line.AgentName);
                sheet.Text(line.Team);
                sheet.Text(KindText(line.Kind));
                sheet.Text(node.Code);
                sheet.Text(node.Name);
                sheet.Text(node.NameEn);
                sheet.Number(node.Value);
                sheet.Number(dealCounts.GetValueOrDefault((line.Period, line.AgentId, node.Code)), XlsxStyle.Default);
                sheet.Text(node.Formula);
                sheet.Text(node.Explain);
                sheet.Text(string.Join("; ", node.Inputs.Select(Input)));
                sheet.Text(TraceText.Rows(node.Rows));
                sheet.EndRow();
            }
        }
        using (var sheet = package.BeginSheet(new XlsxSheetLayout(DealColumns, FrozenRows: 1, FrozenColumns: 2)))
        {
            Header(sheet, DealColumns);
            foreach (var deal in Capped(report.Deals, sheet))
            {
                sheet.StartRow();
                sheet.Text(deal.Period.ToString());
                sheet.Text(deal.AgentId);
                sheet.Text(deal.LineCode);
                sheet.Text(KindText(deal.Kind));
                sheet.Text(deal.DealId);
                sheet.Text(Date(deal.Booked));
                sheet.Text(deal.Cancelled is { } c ? Date(c) : "");
                sheet.Number(deal.Amount);
                sheet.Number(deal.TermMonths, XlsxStyle.Default);
                sheet.Number(deal.Value, XlsxStyle.Default);
                if (deal.Rate is { } rate) sheet.Number(rate, XlsxStyle.Default); else sheet.Skip();
                if (deal.Accelerator is { } a) sheet.Number(a, XlsxStyle.Default); else sheet.Skip();
                sheet.Text(TraceText.Source(deal.Source));
                sheet.Text(deal.Row);
                sheet.EndRow();
            }
        }
        using (var sheet = package.BeginSheet(new XlsxSheetLayout(ReconciliationColumns, FrozenRows: 1, FrozenColumns: 1)))
        {
            Header(sheet, ReconciliationColumns);
            foreach (var agent in Capped(report.Agents, sheet))
            {
                sheet.StartRow();
                sheet.Text(agent.AgentId);
                sheet.Text(agent.Name);
                sheet.Text(agent.Team);
                sheet.Number(agent.CommissionEarned);
                sheet.Number(agent.ClawedBack);
                sheet.Number(agent.NetCommission);
                sheet.Number(agent.BonusesPaid);
                sheet.Number(agent.Adjustments);
                sheet.Number(agent.Total);
                sheet.Number(agent.DealCount, XlsxStyle.Default);
                sheet.EndRow();
            }
            sheet.StartRow();
            sheet.Text(T("Ledger_Total"), XlsxStyle.TotalText);
            sheet.Skip();
            sheet.Skip();
            sheet.Number(report.Agents.Sum(a => a.CommissionEarned), XlsxStyle.TotalMoney);
            sheet.Number(report.Agents.Sum(a => a.ClawedBack), XlsxStyle.TotalMoney);
            sheet.Number(report.Agents.Sum(a => a.NetCommission), XlsxStyle.TotalMoney);
            sheet.Number(report.Agents.Sum(a => a.BonusesPaid), XlsxStyle.TotalMoney);
            sheet.Number(report.Agents.Sum(a => a.Adjustments), XlsxStyle.TotalMoney);
            sheet.Number(report.Agents.Sum(a => a.Total), XlsxStyle.TotalMoney);
            sheet.Number(report.Agents.Sum(a => a.DealCount), XlsxStyle.Default);
            sheet.EndRow();
        }
    }

    /// <summary>The kind as the ledger prints it, in the UI language: 提成, 扣回, 奖金, 调整 (commission, clawback, bonus, adjustment).</summary>
    public static string KindText(LedgerKind kind) => T("Ledger_Kind" + kind switch
    {
        LedgerKind.Commission or LedgerKind.Clawback or LedgerKind.Bonus or LedgerKind.Adjustment => kind.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    /// <summary>An input as the ledger shows it: <c>accelerator = 1.2 (variable)</c>, with a parameter's in-force date and source.</summary>
    public static string Input(TraceInput input) =>
        (input.Value.Length == 0 ? input.Name : $"{input.Name} = {input.Value}") + $" ({TraceText.About(input.Kind, input.About)})";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Inv);

    private static void Header(XlsxSheetWriter sheet, IReadOnlyList<XlsxColumn> columns)
    {
        sheet.StartRow();
        foreach (var column in columns) sheet.Text(column.Header, XlsxStyle.Header);
        sheet.EndRow();
    }

    /// <summary>The items that fit in one sheet (header, items, a total row); beyond, one row says how many were left out.</summary>
    private static IEnumerable<T> Capped<T>(IReadOnlyList<T> items, XlsxSheetWriter sheet)
    {
        var room = WorkbookOptions.ExcelMaxRows - 3;
        for (var i = 0; i < items.Count && i < room; i++) yield return items[i];
        if (items.Count <= room) yield break;
        sheet.StartRow();
        sheet.Text(string.Format(Inv, ExportText.Get("Ledger_MoreRows"), (items.Count - room).ToString("N0", Inv)));
        sheet.EndRow();
    }
}
