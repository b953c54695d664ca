using PayCalc.Domain.Simulation;

namespace PayCalc.Files.Export;

/// <summary>
/// Writes <c>simulation-&lt;plan&gt;.xlsx</c>: <c>汇总 Summary</c> (per month and for the range, the totals and every
/// line: baseline, proposed, difference), <c>组别 Teams</c> (the same per team: totals and the lines that change),
/// <c>人员 Agents</c> (every agent whose net changes, largest change first, with each month's change) and
/// <c>异常 Exceptions</c> (exceptions that appear or disappear) and <c>图表 Charts</c> (cost by line, baseline vs proposed, and a
/// histogram of the per-agent change of net, PNGs from <see cref="SimulationCharts"/>) and <c>规则变化 Rule changes</c> (what the
/// proposed plan changes against the rules stored with the months, as <c>rules diff</c> words it). Text cells are inline strings, never formulas.
/// </summary>
public sealed class SimulationWorkbookWriter
{
    private static string T(string key) => ExportText.Get(key);

    private static IReadOnlyList<XlsxColumn> CostColumns =>
    [
        new(T("Simulation_Period"), 10), new(T("Workbook_Team"), 12), new(T("Workbook_Code"), 24), new(T("Workbook_Item"), 22),
        new(T("Workbook_Category"), 11), new(T("Simulation_Baseline"), 16), new(T("Simulation_Proposed"), 16), new(T("Simulation_Difference"), 16),
    ];

    private static IReadOnlyList<XlsxColumn> RuleColumns =>
    [
        new(T("Simulation_Months"), 18), new(T("Simulation_Change"), 70), new(T("Simulation_Old"), 40), new(T("Simulation_New"), 40),
        new(T("Simulation_OldAt"), 36), new(T("Simulation_NewAt"), 36),
    ];

    private static IReadOnlyList<XlsxColumn> FlagColumns =>
    [
        new(T("Simulation_Period"), 10), new(T("Workbook_AgentId"), 12), new(T("Workbook_Code"), 26), new(T("Simulation_FlagChange"), 12),
        new(T("Workbook_Message"), 100),
    ];

    /// <summary>Writes the workbook to <paramref name="path"/> (replacing it once complete); returns the files written.</summary>
    public IReadOnlyList<string> Write(SimulationReport report, string path, DateTimeOffset entryTime)
    {
        ArgumentNullException.ThrowIfNull(report);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var package = new XlsxPackageWriter(stream, [T("Simulation_SummarySheet"), T("Simulation_TeamsSheet"), T("Simulation_AgentsSheet"), T("Simulation_ExceptionsSheet"),
                T("Simulation_ChartsSheet"), T("Simulation_RuleChangesSheet")], entryTime,
                [
                    new XlsxImage(4, SimulationCharts.CostByLine(report), 1, 0, SimulationCharts.Width, SimulationCharts.Height),
                    new XlsxImage(4, SimulationCharts.ChangeHistogram(report), 29, 0, SimulationCharts.Width, SimulationCharts.Height),
                ]))
            {
                WriteCosts(package, report.Costs, withTeam: false);
                WriteCosts(package, report.TeamCosts, withTeam: true);
                WriteAgents(package, report);
                WriteFlags(package, report.FlagChanges);
                using (var charts = package.BeginSheet(new XlsxSheetLayout([], 0, 0)))
                {
                    charts.StartRow();
                    charts.Text(T("Simulation_ChartsNote"), XlsxStyle.TotalText);
                }
                WriteRuleChanges(package, report.RuleChanges);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return [path];
    }

    private static void WriteCosts(XlsxPackageWriter package, IReadOnlyList<SimulationCost> costs, bool withTeam)
    {
        var columns = withTeam ? CostColumns : CostColumns.Where((_, i) => i != 1).ToList();
        var range = T("Simulation_Range");
        using var sheet = package.BeginSheet(new XlsxSheetLayout(columns, 1, withTeam ? 3 : 2));
        Header(sheet, columns);
        foreach (var c in costs)
        {
            var total = c.Category == "total";
            sheet.StartRow();
            sheet.Text(c.Period?.ToString() ?? range, total ? XlsxStyle.TotalText : XlsxStyle.Default);
            if (withTeam) sheet.Text(c.Team);
            sheet.Text(c.Code, total ? XlsxStyle.TotalText : XlsxStyle.Default);
            sheet.Text(c.Name);
            sheet.Text(c.Category);
            var style = c.Code == "agents" ? XlsxStyle.Default : total ? XlsxStyle.TotalMoney : XlsxStyle.Money;
            sheet.Number(c.Baseline, style);
            sheet.Number(c.Proposed, style);
            sheet.Number(c.Difference, style);
        }
    }

    private static void WriteAgents(XlsxPackageWriter package, SimulationReport report)
    {
        var columns = new List<XlsxColumn>
        {
            new(T("Workbook_AgentId"), 12), new(T("Workbook_Name"), 14), new(T("Workbook_Team"), 12),
            new(T("Simulation_BaselineNet"), 16), new(T("Simulation_ProposedNet"), 16), new(T("Simulation_Difference"), 16),
        };
        columns.AddRange(report.Periods.Select(p => new XlsxColumn(ExportText.Format("Simulation_MonthDifference", p), 14)));
        using var sheet = package.BeginSheet(new XlsxSheetLayout(columns, 1, 1));
        Header(sheet, columns);
        foreach (var a in report.Agents)
        {
            sheet.StartRow();
            sheet.Text(a.AgentId);
            sheet.Text(a.Name);
            sheet.Text(a.Team);
            sheet.Number(a.BaselineNet);
            sheet.Number(a.ProposedNet);
            sheet.Number(a.Difference, XlsxStyle.TotalMoney);
            foreach (var d in a.MonthDifferences) sheet.Number(d);
        }
        sheet.StartRow();
        sheet.Text($"{report.Agents.Count} / {report.AgentsCompared}", XlsxStyle.TotalText);
        sheet.Text(T("Simulation_Total"), XlsxStyle.TotalText);
        sheet.Skip();
        sheet.Number(report.Agents.Sum(a => a.BaselineNet), XlsxStyle.TotalMoney);
        sheet.Number(report.Agents.Sum(a => a.ProposedNet), XlsxStyle.TotalMoney);
        sheet.Number(report.Agents.Sum(a => a.Difference), XlsxStyle.TotalMoney);
    }

    private static void WriteRuleChanges(XlsxPackageWriter package, IReadOnlyList<SimulationRuleChange> changes)
    {
        using var sheet = package.BeginSheet(new XlsxSheetLayout(RuleColumns, 1, 0));
        Header(sheet, RuleColumns);
        foreach (var r in changes)
        {
            sheet.StartRow();
            sheet.Text(r.Months);
            sheet.Text(r.Summary);
            sheet.Text(r.Old ?? "");
            sheet.Text(r.New ?? "");
            sheet.Text(r.OldLocation ?? "");
            sheet.Text(r.NewLocation ?? "");
        }
    }

    private static void WriteFlags(XlsxPackageWriter package, IReadOnlyList<SimulationFlagChange> flags)
    {
        using var sheet = package.BeginSheet(new XlsxSheetLayout(FlagColumns, 1, 0));
        Header(sheet, FlagColumns);
        var (appears, disappears) = (T("Simulation_Appears"), T("Simulation_Disappears"));
        foreach (var f in flags)
        {
            sheet.StartRow();
            sheet.Text(f.Period.ToString());
            sheet.Text(f.AgentId);
            sheet.Text(f.Code);
            sheet.Text(f.Appears ? appears : disappears);
            sheet.Text(f.Message);
        }
    }

    private static void Header(XlsxSheetWriter sheet, IReadOnlyList<XlsxColumn> columns)
    {
        sheet.StartRow(30);
        foreach (var c in columns) sheet.Text(c.Header, XlsxStyle.Header);
    }
}
