using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>The 工资条 sheet: per agent a strip HR can print and cut, readable at 100 % on A4 landscape.
/// A strip is a title row (period, 工号, 姓名, 组别), then the agent's non-zero 应发 lines and 扣款 lines, each group as
/// a row of names over a row of amounts (wrapping after <see cref="ItemsPerRow"/> lines), then 实发: gross, deductions,
/// net and the net in capital numerals (大写). Info and employer lines are not on a strip: they are not the agent's pay.
/// A blank row follows each strip, and a manual page break falls between strips, never inside one: the sheet prints at
/// a fixed 100 % (11 pt text, above the 9 pt the issue asks for), so the heights below are the printed heights.</summary>
internal static class PayslipStrips
{
    public const int ItemsPerRow = 8;

    /// <summary>Columns the 大写 header and amount span (the strip's last ones, after 应发合计, 扣款合计 and 实发金额).</summary>
    public const int CapitalsColumns = ItemsPerRow - 3;
    public const double TitleHeight = 18;
    public const double NamesHeight = 28;
    public const double AmountsHeight = 16;
    public const double BlankHeight = 15;

    /// <summary>Excel keeps at most 1,026 manual page breaks per sheet; a sheet of strips is split before that.</summary>
    public const int MaxPageBreaksPerSheet = 1_000;

    public static readonly XlsxPrintSetup PrintSetup = new() { Landscape = true, Scale = 100, TopBottomMarginInches = 0.4 };

    public static readonly IReadOnlyList<XlsxColumn> Columns =
        [new XlsxColumn("", 9), .. Enumerable.Range(0, ItemsPerRow).Select(_ => new XlsxColumn("", 14))];

    /// <summary>The height a page gives strips, kept a little below A4's printable height so that a renderer's own
    /// rounding never pushes a strip's last row onto the next page before our break.</summary>
    public static double PageBudgetPoints => PrintSetup.PrintableHeightPoints - 24;

    /// <summary>Rows and printed height of one agent's strip, blank row included.</summary>
    public static (int Rows, double Height) Size(Payslip payslip)
    {
        var (earnings, deductions) = Count(payslip);
        var pairs = Chunks(earnings) + Chunks(deductions) + 1;
        return (1 + 2 * pairs + 1, TitleHeight + pairs * (NamesHeight + AmountsHeight) + BlankHeight);
    }

    /// <summary>Ranges of whole strips per sheet: at most <paramref name="maxRows"/> rows (a strip longer than that gets
    /// a sheet of its own) and at most <see cref="MaxPageBreaksPerSheet"/> pages.</summary>
    public static List<(int Start, int Count)> Parts(IReadOnlyList<Payslip> payslips, int maxRows)
    {
        var parts = new List<(int, int)>();
        int start = 0, rows = 0, breaks = 0;
        double used = 0;
        for (var i = 0; i < payslips.Count; i++)
        {
            var (r, h) = Size(payslips[i]);
            var newPage = used > 0 && used + h > PageBudgetPoints;
            if (i > start && (rows + r > maxRows || (newPage && breaks + 1 > MaxPageBreaksPerSheet)))
            {
                parts.Add((start, i - start));
                (start, rows, breaks, used) = (i, 0, 0, 0);
                newPage = false;
            }
            if (newPage) { breaks++; used = 0; }
            rows += r;
            used += h;
        }
        if (payslips.Count > start || parts.Count == 0) parts.Add((start, payslips.Count - start));
        return parts;
    }

    /// <summary>Writes the strips of <paramref name="payslips"/>[start..start+count) on one sheet, breaking pages between strips.</summary>
    public static void Write(XlsxSheetWriter sheet, string period, IReadOnlyList<Payslip> payslips, int start, int count)
    {
        double used = 0;
        for (var i = start; i < start + count; i++)
        {
            var payslip = payslips[i];
            var (_, height) = Size(payslip);
            if (used > 0 && used + height > PageBudgetPoints)
            {
                sheet.RowBreak();
                used = 0;
            }
            WriteStrip(sheet, period, payslip);
            used += height;
        }
    }

    private static void WriteStrip(XlsxSheetWriter sheet, string period, Payslip payslip)
    {
        sheet.StartRow(TitleHeight);
        sheet.Text(PrintTexts.StripTitle, XlsxStyle.GroupLabel);
        sheet.Text(period, XlsxStyle.TotalText);
        sheet.Text(PrintTexts.AgentId, XlsxStyle.TotalText);
        sheet.Text(payslip.AgentId);
        sheet.Text(PrintTexts.AgentName, XlsxStyle.TotalText);
        sheet.Text(payslip.Name);
        sheet.Text(PrintTexts.Team, XlsxStyle.TotalText);
        sheet.Text(payslip.Team);
        sheet.EndRow();

        WriteGroup(sheet, PrintTexts.Earnings, Shown(payslip, LineCategory.Earning));
        WriteGroup(sheet, PrintTexts.Deductions, Shown(payslip, LineCategory.Deduction));

        var gross = ExportedLines.Amount(payslip.Gross);
        var net = ExportedLines.Amount(payslip.Net);
        sheet.StartRow(NamesHeight);
        sheet.Text(PrintTexts.Net, XlsxStyle.GroupLabel);
        sheet.Text(PrintTexts.GrossTotal, XlsxStyle.Header);
        sheet.Text(PrintTexts.DeductionsTotal, XlsxStyle.Header);
        sheet.Text(PrintTexts.NetAmount, XlsxStyle.Header);
        Merged(sheet, PrintTexts.InCapitals, XlsxStyle.Header);
        sheet.EndRow();
        sheet.StartRow(AmountsHeight);
        sheet.Text("", XlsxStyle.GroupLabel);
        sheet.Number(gross, XlsxStyle.BorderedMoney);
        sheet.Number(net - gross, XlsxStyle.BorderedMoney);
        sheet.Number(net, XlsxStyle.BorderedMoney);
        Merged(sheet, ChineseCapitalAmount.Of(net), XlsxStyle.BorderedText);
        sheet.EndRow();
        sheet.BlankRow();
    }

    /// <summary>The 大写 cells: the capital numerals of a net amount run to 16 characters and more (壹拾贰万叁仟肆佰伍拾陆元柒角捌分,
    /// some 34 character widths at 11 pt), wider than one item column: the header and the amount span the strip's last
    /// <see cref="CapitalsColumns"/> columns, whose width is part of the strip's, so the strip stays one page wide.</summary>
    private static void Merged(XlsxSheetWriter sheet, string text, XlsxStyle style)
    {
        var first = Columns.Count - CapitalsColumns;
        sheet.Merge(first, Columns.Count - 1);
        sheet.Text(text, style);
        for (var i = first + 1; i < Columns.Count; i++) sheet.Text("", style);
    }

    /// <summary>A group's lines, <see cref="ItemsPerRow"/> to a row pair; nothing when the agent has none.</summary>
    private static List<LineView> Shown(Payslip payslip, LineCategory category)
    {
        var shown = new List<LineView>();
        for (var i = 0; i < payslip.Lines.Count; i++)
        {
            var line = payslip.LineAt(i);
            if (IsShown(line, category)) shown.Add(line);
        }
        return shown;
    }

    private static void WriteGroup(XlsxSheetWriter sheet, string label, List<LineView> lines)
    {
        for (var chunk = 0; chunk < lines.Count; chunk += ItemsPerRow)
        {
            var end = Math.Min(lines.Count, chunk + ItemsPerRow);
            sheet.StartRow(NamesHeight);
            sheet.Text(chunk == 0 ? label : "", XlsxStyle.GroupLabel);
            for (var i = chunk; i < end; i++) sheet.Text(lines[i].Name, XlsxStyle.Header);
            sheet.EndRow();
            sheet.StartRow(AmountsHeight);
            sheet.Text("", XlsxStyle.GroupLabel);
            for (var i = chunk; i < end; i++) sheet.Number(ExportedLines.Amount(lines[i].Amount), XlsxStyle.BorderedMoney);
            sheet.EndRow();
        }
    }

    private static bool IsShown(in LineView line, LineCategory category) =>
        line.Category == category && ExportedLines.Amount(line.Amount) != 0m;

    private static (int Earnings, int Deductions) Count(Payslip payslip)
    {
        int earnings = 0, deductions = 0;
        for (var i = 0; i < payslip.Lines.Count; i++)
        {
            var line = payslip.LineAt(i);
            if (IsShown(line, LineCategory.Earning)) earnings++;
            else if (IsShown(line, LineCategory.Deduction)) deductions++;
        }
        return (earnings, deductions);
    }

    private static int Chunks(int lines) => (lines + ItemsPerRow - 1) / ItemsPerRow;
}
