using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>The workbook's <c>汇总 Summary</c> sheet: the month at a glance for HR and finance. Four tables on the left,
/// from the top: totals per line (plan order, each group followed by its total: 应发合计, 扣款合计 and 实发, 单位成本) and per
/// team, each beside the previous stored month's and the change; exceptions by kind; the distribution of net pay in
/// bands of a round width. On the right, from column I, the same as four charts (<see cref="SummaryCharts"/>). Without
/// a previous stored month the previous-month columns are empty and a line says why.</summary>
internal sealed class SummarySheet
{
    /// <summary>Column I: the charts' left edge, right of the tables.</summary>
    public const int ChartColumn = 8;

    /// <summary>Rows from one chart's top to the next (a chart is 420 px, 21 rows of the default 20 px).</summary>
    public const int RowsPerChart = 23;

    /// <summary>Bands the net pay distribution aims at (a round width gives a few more or less).</summary>
    public const int TargetBands = 20;

    private static readonly IReadOnlyList<XlsxColumn> Columns =
        [new("", 24), new("", 16), new("", 11), new("", 16), new("", 16), new("", 14), new("", 10), new("", 2)];

    public static readonly XlsxSheetLayout Layout = new(Columns, FrozenRows: 0, FrozenColumns: 0,
        new XlsxPrintSetup { Landscape = true, FitToWidth = true });

    public SummarySheet(PayrollResult result, MonthTotals? previous)
    {
        ArgumentNullException.ThrowIfNull(result);
        Current = MonthTotalsBuilder.Of(result);
        Previous = previous;
        Plan = (result.PlanCode, result.PlanVersion);
        NetBands = Bands(result.Payslips.Select(p => ExportedLines.Amount(p.Net)).ToList());
        Exceptions = result.Flags.GroupBy(f => f.Code, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Severity: g.Max(f => f.Severity), Count: g.Count(), Agents: g.Select(f => f.AgentId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(k => k.Count).ThenBy(k => k.Code, StringComparer.Ordinal).ToList();
    }

    public MonthTotals Current { get; }

    public MonthTotals? Previous { get; }

    private (string Code, string Version) Plan { get; }

    /// <summary>Net pay bands [From, To) with the agents in each, from the band of the smallest net to that of the largest.</summary>
    public IReadOnlyList<(decimal From, decimal To, int Agents)> NetBands { get; }

    /// <summary>Per exception code: its highest severity, its rows and the agents it names; most rows first.</summary>
    public IReadOnlyList<(string Code, FlagSeverity Severity, int Count, int Agents)> Exceptions { get; }

    /// <summary>The four charts, on sheet <paramref name="sheet"/> (0-based), stacked in column I.</summary>
    public IReadOnlyList<XlsxImage> Images(int sheet) =>
    [
        Image(sheet, 0, SummaryCharts.Lines(Current, Previous)),
        Image(sheet, 1, SummaryCharts.Teams(Current, Previous)),
        Image(sheet, 2, SummaryCharts.NetDistribution(NetBands)),
        Image(sheet, 3, SummaryCharts.Exceptions(Exceptions)),
    ];

    public void Write(XlsxSheetWriter sheet)
    {
        sheet.StartRow(height: 20);
        sheet.Text(ExportText.Format("Summary_Title", Current.Period), XlsxStyle.TotalText);
        sheet.EndRow();
        sheet.StartRow();
        sheet.Text(ExportText.Format("Summary_Plan", Plan.Code, Plan.Version, Current.Payslips));
        sheet.EndRow();
        sheet.StartRow();
        sheet.Text(Previous is null ? ExportText.Get("Summary_NoPrevious") : ExportText.Format("Summary_Previous", Previous.Period, Previous.Payslips));
        sheet.EndRow();
        sheet.BlankRow();
        WriteLines(sheet);
        sheet.BlankRow();
        WriteTeams(sheet);
        sheet.BlankRow();
        WriteExceptions(sheet);
        sheet.BlankRow();
        WriteNetBands(sheet);
    }

    private string PreviousHeader => Previous is null ? ExportText.Get("Summary_PreviousMonthNone") : ExportText.Format("Summary_PreviousMonth", Previous.Period);

    private void WriteLines(XlsxSheetWriter sheet)
    {
        Section(sheet, "Summary_ByLine");
        Header(sheet, ExportText.Get("Summary_Code"), ExportText.Get("Summary_Item"), ExportText.Get("Summary_Category"),
            ExportText.Format("Summary_ThisMonth", Current.Period), PreviousHeader, ExportText.Get("Summary_Change"), ExportText.Get("Summary_ChangePercent"));
        foreach (var category in new[] { LineCategory.Earning, LineCategory.Deduction, LineCategory.Employer })
        {
            var lines = Current.Lines.Where(l => l.Category == category).ToList();
            if (Previous is not null)
                lines.AddRange(Previous.Lines.Where(l => l.Category == category && Current.Line(l.Code) is null) );
            // A line one month has and the other does not was 0 there (zero lines are not kept on payslips).
            foreach (var line in lines)
                Compare(sheet, line.Code, line.Name, CategoryText(category), Current.Line(line.Code) ?? 0m,
                    Previous is null ? null : Previous.Line(line.Code) ?? 0m, total: false);
            switch (category)
            {
                case LineCategory.Earning:
                    Compare(sheet, "gross", PrintTexts.GrossTotal, "", Current.Gross, Previous?.Gross, total: true);
                    break;
                case LineCategory.Deduction:
                    Compare(sheet, "deductions", PrintTexts.DeductionsTotal, "", Current.Deductions, Previous?.Deductions, total: true);
                    Compare(sheet, "net", PrintTexts.Net, "", Current.Net, Previous?.Net, total: true);
                    break;
                default:
                    if (lines.Count > 0) Compare(sheet, "employer_cost", PrintTexts.EmployerCost, "", Current.EmployerCost, Previous?.EmployerCost, total: true);
                    break;
            }
        }
        sheet.StartRow();
        sheet.Text("payslips", XlsxStyle.TotalText);
        sheet.Text(ExportText.Get("Summary_Payslips"), XlsxStyle.TotalText);
        sheet.Skip();
        sheet.Number(Current.Payslips, XlsxStyle.Default);
        if (Previous is not null)
        {
            sheet.Number(Previous.Payslips, XlsxStyle.Default);
            sheet.Number(Current.Payslips - Previous.Payslips, XlsxStyle.Default);
        }
        sheet.EndRow();
    }

    private void WriteTeams(XlsxSheetWriter sheet)
    {
        Section(sheet, "Summary_ByTeam");
        Header(sheet, PrintTexts.Team, ExportText.Get("Summary_Agents"), PrintTexts.GrossTotal, PrintTexts.DeductionsTotal, PrintTexts.Net,
            PrintTexts.EmployerCost, ExportText.Get("Summary_PreviousNet"), ExportText.Get("Summary_Change"));
        var teams = Current.Teams.Select(t => t.Team).ToList();
        if (Previous is not null) teams.AddRange(Previous.Teams.Select(t => t.Team).Where(t => Current.Team(t) is null));
        foreach (var name in teams)
        {
            var (team, before) = (Current.Team(name), Previous?.Team(name));
            sheet.StartRow();
            sheet.Text(name);
            if (team is null)
            {
                for (var i = 0; i < 5; i++) sheet.Skip();
            }
            else
            {
                sheet.Number(team.Agents, XlsxStyle.Default);
                Amount(sheet, team.Gross, XlsxStyle.Money);
                Amount(sheet, team.Deductions, XlsxStyle.Money);
                Amount(sheet, team.Net, XlsxStyle.Money);
                Amount(sheet, team.EmployerCost, XlsxStyle.Money);
            }
            Amount(sheet, before?.Net, XlsxStyle.Money);
            if (before is not null && team is not null) Amount(sheet, team.Net - before.Net, XlsxStyle.Money);
            sheet.EndRow();
        }
        sheet.StartRow();
        sheet.Text(ExportText.Get("Summary_Total"), XlsxStyle.TotalText);
        sheet.Number(Current.Payslips, XlsxStyle.TotalText);
        Amount(sheet, Current.Gross, XlsxStyle.TotalMoney);
        Amount(sheet, Current.Deductions, XlsxStyle.TotalMoney);
        Amount(sheet, Current.Net, XlsxStyle.TotalMoney);
        Amount(sheet, Current.EmployerCost, XlsxStyle.TotalMoney);
        if (Previous is not null)
        {
            Amount(sheet, Previous.Net, XlsxStyle.TotalMoney);
            Amount(sheet, Current.Net - Previous.Net, XlsxStyle.TotalMoney);
        }
        sheet.EndRow();
    }

    private void WriteExceptions(XlsxSheetWriter sheet)
    {
        Section(sheet, "Summary_ExceptionsByKind");
        Header(sheet, ExportText.Get("Summary_Code"), ExportText.Get("Summary_Severity"), ExportText.Get("Summary_Count"), ExportText.Get("Summary_Agents"));
        if (Exceptions.Count == 0)
        {
            sheet.StartRow();
            sheet.Text(ExportText.Get("Summary_NoExceptions"));
            sheet.EndRow();
            return;
        }
        foreach (var kind in Exceptions)
        {
            sheet.StartRow();
            sheet.Text(kind.Code);
            sheet.Text(SeverityText(kind.Severity));
            sheet.Number(kind.Count, XlsxStyle.Default);
            sheet.Number(kind.Agents, XlsxStyle.Default);
            sheet.EndRow();
        }
        sheet.StartRow();
        sheet.Text(ExportText.Get("Summary_Total"), XlsxStyle.TotalText);
        sheet.Skip();
        sheet.Number(Exceptions.Sum(k => k.Count), XlsxStyle.TotalText);
        sheet.EndRow();
    }

    private void WriteNetBands(XlsxSheetWriter sheet)
    {
        Section(sheet, "Summary_NetDistribution");
        Header(sheet, ExportText.Get("Summary_From"), ExportText.Get("Summary_To"), ExportText.Get("Summary_Agents"));
        foreach (var (from, to, agents) in NetBands)
        {
            sheet.StartRow();
            Amount(sheet, from, XlsxStyle.Money);
            Amount(sheet, to, XlsxStyle.Money);
            sheet.Number(agents, XlsxStyle.Default);
            sheet.EndRow();
        }
    }

    /// <summary>One comparison row: this month, the previous month, the change and the change in percent of the previous month.</summary>
    private static void Compare(XlsxSheetWriter sheet, string code, string name, string category, decimal? now, decimal? before, bool total)
    {
        var (text, money) = total ? (XlsxStyle.TotalText, XlsxStyle.TotalMoney) : (XlsxStyle.Default, XlsxStyle.Money);
        sheet.StartRow();
        sheet.Text(code, text);
        sheet.Text(name, text);
        sheet.Text(category, text);
        Amount(sheet, now, money);
        Amount(sheet, before, money);
        if (now is { } n && before is { } b)
        {
            Amount(sheet, n - b, money);
            if (b != 0) sheet.Number(Math.Round((n - b) / Math.Abs(b), 4, MidpointRounding.AwayFromZero), XlsxStyle.Percent);
        }
        sheet.EndRow();
    }

    /// <summary>Money with exactly two decimals (as every export writes it), or an empty cell.</summary>
    private static void Amount(XlsxSheetWriter sheet, decimal? amount, XlsxStyle style)
    {
        if (amount is { } a) sheet.Number(ExportedLines.Amount(a), style);
        else sheet.Skip();
    }

    private static void Section(XlsxSheetWriter sheet, string key)
    {
        sheet.StartRow(height: 20);
        sheet.Text(ExportText.Get(key), XlsxStyle.GroupLabel);
        sheet.EndRow();
    }

    private static void Header(XlsxSheetWriter sheet, params string[] headers)
    {
        sheet.StartRow(height: 30);
        foreach (var header in headers) sheet.Text(header, XlsxStyle.Header);
        sheet.EndRow();
    }

    private static XlsxImage Image(int sheet, int index, byte[] png) =>
        new(sheet, png, Row: 1 + index * RowsPerChart, Column: ChartColumn, SummaryCharts.Width, SummaryCharts.Height);

    internal static string CategoryText(LineCategory category) => ExportText.Get("Category_" + category);

    internal static string SeverityText(FlagSeverity severity) => ExportText.Get("Severity_" + severity);

    /// <summary>Bands of one round width (1, 2 or 5 times a power of ten CNY) covering every net amount, about
    /// <see cref="TargetBands"/> of them; empty for no payslip.</summary>
    internal static IReadOnlyList<(decimal From, decimal To, int Agents)> Bands(IReadOnlyList<decimal> nets)
    {
        if (nets.Count == 0) return [];
        var (min, max) = (nets.Min(), nets.Max());
        var width = 1m;
        for (var step = 0; (max - min) / width > TargetBands; step++)
            width = (step % 3) switch { 0 => width * 2, 1 => width * 5 / 2, _ => width * 2 };
        var start = Math.Floor(min / width) * width;
        var count = (int)Math.Floor((max - start) / width) + 1;
        var agents = new int[count];
        foreach (var net in nets) agents[(int)Math.Floor((net - start) / width)]++;
        return agents.Select((n, i) => (start + i * width, start + (i + 1) * width, n)).ToList();
    }
}
