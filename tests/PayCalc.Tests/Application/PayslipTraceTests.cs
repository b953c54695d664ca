using System.Text.Json;
using OfficeOpenXml;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// One structured trace: the example months run through the real use case, then <c>explain</c>, <c>payslips.json</c>
/// and the workbook all show the same rows behind an aggregate line and the same facts about each parameter.
/// </summary>
public sealed class PayslipTraceTests : IDisposable
{
    private static readonly Period October = new(2026, 10);
    private static readonly Period November = new(2026, 11);
    private readonly TempFolder _dir = new();
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }

    private string Out(Period period) => _dir.File("out-" + period);

    private void Run(Period period)
    {
        var errors = new StringWriter();
        var exit = new PayrollRunner(new StringWriter(), errors, _clock).Run(new RunRequest(NetPay.PlanPath, period,
            Repo.Path("examples", "bank-card-center", period.ToString()), _db.Path, Out(period), Repo.Path("rules")));
        Assert.True(exit == PayrollRunner.Ok, errors.ToString());
    }

    private static readonly TraceRow[] A001NightShifts =
    [
        new(new SourceRef("attendance.xlsx", "考勤", 11), new DateOnly(2026, 10, 17), 60m, [8m]),
        new(new SourceRef("attendance.xlsx", "考勤", 12), new DateOnly(2026, 10, 18), 60m, [8m]),
    ];

    [Fact]
    public void NightAllowance_StoredTraceHasEachNightShiftWithItsHoursAmountAndSourceRow()
    {
        Run(October);

        var night = new PayrollStore(_db.Path, _clock).Runs.FindPayslip(October, "A001")!.Trace.Find("night_allowance")!;

        Assert.Equal(120m, night.Value);
        Assert.Equal(new RowShape("shifts", ["HoursInWindow(22, 6)"]), night.Shape! with { Fields = night.Shape!.Fields.ToArray() }, new ShapeComparer());
        Assert.Equal(A001NightShifts, night.Rows, new RowComparer());
        Assert.Equal(night.Value, night.Rows.Sum(r => r.Value));
    }

    [Fact]
    public void Parameters_CarryTheirSourceLocationAndInForceDate()
    {
        Run(October);

        var overtime = new PayrollStore(_db.Path, _clock).Runs.FindPayslip(October, "A001")!.Trace.Find("overtime_pay")!;

        var rate = Assert.Single(overtime.Inputs, i => i.Name == "overtime_rate");
        Assert.Equal(("1.5", TraceKind.Parameter), (rate.Value, rate.Kind));
        Assert.Equal(new DateOnly(2025, 1, 1), rate.About!.InForce);
        Assert.Equal($"plans/bank-card-center.yaml:{LineOf("rules/plans/bank-card-center.yaml", "overtime_rate:", "2025-01-01")}", rate.About.Location);
        Assert.StartsWith("Labour Law art. 44", rate.About.Source);
        Assert.Equal([("OT", TraceKind.Variable), ("h", TraceKind.Variable), ("overtime_rate", TraceKind.Parameter)],
            overtime.Inputs.Select(i => (i.Name, i.Kind)));
    }

    [Theory]
    [InlineData("en", "sum of taxable_income over the earlier months of the year", "; read stored month 2026-10")]
    [InlineData("zh-CN", "本年以前月份的 taxable_income 之和", "；读取了已存月份 2026-10")]
    public void HistoryValue_NamesTheStoredMonthsItRead(string culture, string sum, string read)
    {
        using var _ = UiCulture.Use(culture); // the catalog's details are in the language of the run
        Run(October);
        Run(November);

        var trace = new PayrollStore(_db.Path, _clock).Runs.FindPayslip(November, "A001")!.Trace;

        var ytd = Assert.Single(trace.Find("cumulative_income")!.Inputs, i => i.Name == "ytd_taxable_income");
        Assert.Equal(TraceKind.History, ytd.Kind);
        Assert.Contains(sum, ytd.About!.Detail);
        Assert.EndsWith(read, ytd.About.Detail);
    }

    [Fact]
    public void Explain_ShowsNightShiftRowsAndParameterSources()
    {
        using var _ = UiCulture.Use("en"); // asserts the English texts
        Run(October);
        var output = new StringWriter();

        Assert.Equal(0, new ExplainPayslip(output, new StringWriter(), _clock).Explain(_db.Path, October, "A001", null));

        var text = output.ToString();
        Assert.Contains("    rows:   2 of the month's shifts, each with its own value:", text);
        Assert.Contains("      2026-10-17  HoursInWindow(22, 6) = 8  -> 60  (attendance.xlsx:考勤:11)", text);
        Assert.Contains("      2026-10-18  HoursInWindow(22, 6) = 8  -> 60  (attendance.xlsx:考勤:12)", text);
        Assert.Contains("      night_window_start = 22   (parameter, in force from 2025-01-01, plans/bank-card-center.yaml:", text);
        Assert.Contains("      installment_rate   (parameter, in force from 2025-01-01, plans/bank-card-center.yaml:", text);
        Assert.Contains("table 3: 0.003, 6: 0.005, 12: 0.008, 24: 0.01; source: reference-plan.md", text);
        Assert.Contains("      2026-10-09  Amount = 50000, TermMonths = 6  -> 250  (sales.xlsx:分期:2)", text);
        Assert.Contains("      h = 30   (variable, Hourly wage", text);
    }

    [Fact]
    public void JsonAndWorkbook_ShowTheRowsTheStoreKeeps()
    {
        Run(October);
        var stored = new PayrollStore(_db.Path, _clock).Runs.FindPayslip(October, "A001")!.Trace;

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out(October), "payslips.json")));
        var a001 = json.RootElement.GetProperty("payslips").EnumerateArray().Single(p => p.GetProperty("agent_id").GetString() == "A001");
        var night = a001.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "night_allowance");
        Assert.Equal(stored.Find("night_allowance")!.Rows.Select(r => (r.Date.ToString("yyyy-MM-dd"), TraceText.Source(r.Source), r.Value, r.Fields[0])),
            night.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("date").GetString()!, r.GetProperty("source").GetString()!,
                r.GetProperty("value").GetDecimal(), r.GetProperty("fields")[0].GetDecimal())));
        var names = json.RootElement.GetProperty("names");
        Assert.Equal("2025-01-01", names.GetProperty("overtime_rate").GetProperty("in_force").GetString());
        Assert.Equal("shifts", json.RootElement.GetProperty("row_shapes").GetProperty("night_allowance").GetProperty("collection").GetString());

        using var package = new ExcelPackage(new FileInfo(Path.Combine(Out(October), "payroll-2026-10.xlsx")));
        var lines = package.Workbook.Worksheets["明细 Lines"];
        var row = Enumerable.Range(2, lines.Dimension.End.Row - 1)
            .Single(r => lines.Cells[r, 1].Text == "A001" && lines.Cells[r, 4].Text == "night_allowance");
        Assert.Equal(TraceText.Rows(stored.Find("night_allowance")!.Rows), lines.Cells[row, 10].Text);
        Assert.Equal("2026-10-17 8 -> 60 (attendance.xlsx:考勤:11); 2026-10-18 8 -> 60 (attendance.xlsx:考勤:12)", lines.Cells[row, 10].Text);
        var sources = package.Workbook.Worksheets["依据 Sources"];
        var rate = Enumerable.Range(2, sources.Dimension.End.Row - 1).Single(r => sources.Cells[r, 1].Text == "overtime_rate");
        Assert.Equal(["参数", "2025-01-01"], new[] { sources.Cells[rate, 2].Text, sources.Cells[rate, 3].Text });
    }

    /// <summary>The 1-based line of the first <paramref name="value"/> after <paramref name="key"/> in a repository file.</summary>
    private static int LineOf(string file, string key, string value)
    {
        var lines = File.ReadAllLines(Repo.Path(file.Split('/')));
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key, StringComparison.Ordinal));
        return Array.FindIndex(lines, start, l => l.Contains(value, StringComparison.Ordinal)) + 1;
    }

    private sealed class RowComparer : IEqualityComparer<TraceRow>
    {
        public bool Equals(TraceRow a, TraceRow b) => a.Source == b.Source && a.Date == b.Date && a.Value == b.Value && a.Fields.SequenceEqual(b.Fields);
        public int GetHashCode(TraceRow r) => r.Date.GetHashCode();
    }

    private sealed class ShapeComparer : IEqualityComparer<RowShape>
    {
        public bool Equals(RowShape? a, RowShape? b) => a!.Collection == b!.Collection && a.Fields.SequenceEqual(b.Fields);
        public int GetHashCode(RowShape r) => r.Collection.GetHashCode();
    }
}
