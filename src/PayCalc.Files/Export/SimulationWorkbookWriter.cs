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
    private static readonly IReadOnlyList<XlsxColumn> CostColumns =
    [
        new("月份 period", 10), new("组别 team", 12), new("代码 code", 24), new("项目 item", 22), new("类别 category", 11),
        new("现行 baseline", 16), new("方案 proposed", 16), new("差额 difference", 16),
    ];

    private static readonly IReadOnlyList<XlsxColumn> RuleColumns =
    [
        new("月份 months", 18), new("规则变化 change", 70), new("现行 old", 40), new("方案 new", 40), new("现行位置 old at", 36), new("方案位置 new at", 36),
    ];

    private static readonly IReadOnlyList<XlsxColumn> FlagColumns =
    [
        new("月份 period", 10), new("工号 agent_id", 12), new("代码 code", 26), new("变化 change", 12), new("说明 message", 100),
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
            using (var package = new XlsxPackageWriter(stream, ["汇总 Summary", "组别 Teams", "人员 Agents", "异常 Exceptions", "图表 Charts", "规则变化 Rule changes"], entryTime,
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
                    charts.Text("成本按项目 cost by line: baseline vs proposed; 人员变化分布 histogram of per-agent net change", XlsxStyle.TotalText);
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
        using var sheet = package.BeginSheet(new XlsxSheetLayout(columns, 1, withTeam ? 3 : 2));
        Header(sheet, columns);
        foreach (var c in costs)
        {
            var total = c.Category == "total";
            sheet.StartRow();
            sheet.Text(c.Period?.ToString() ?? "合计 range", total ? XlsxStyle.TotalText : XlsxStyle.Default);
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
            new("工号 agent_id", 12), new("姓名 name", 14), new("组别 team", 12),
            new("现行实发 baseline net", 16), new("方案实发 proposed net", 16), new("差额 difference", 16),
        };
        columns.AddRange(report.Periods.Select(p => new XlsxColumn($"{p} 差额", 14)));
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
        sheet.Text("合计 total", XlsxStyle.TotalText);
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
        foreach (var f in flags)
        {
            sheet.StartRow();
            sheet.Text(f.Period.ToString());
            sheet.Text(f.AgentId);
            sheet.Text(f.Code);
            sheet.Text(f.Appears ? "出现 appears" : "消失 disappears");
            sheet.Text(f.Message);
        }
    }

    private static void Header(XlsxSheetWriter sheet, IReadOnlyList<XlsxColumn> columns)
    {
        sheet.StartRow(30);
        foreach (var c in columns) sheet.Text(c.Header, XlsxStyle.Header);
    }
}
