using System.Text.Json;
using OfficeOpenXml;
using PayCalc.Application;
using PayCalc.Cli.Commands;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Files.Import;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>examples/ecommerce-aftersales/2026-10 runs end to end through the CLI runner and is what its generator writes.</summary>
public sealed class EcommerceAftersalesExampleTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);
    private static readonly string ExampleFolder = Repo.Path("examples", "ecommerce-aftersales", "2026-10");
    private readonly TempDatabase _db = new();
    private readonly TempFolder _out = new();

    public void Dispose()
    {
        _db.Dispose();
        _out.Dispose();
    }

    [Fact]
    public void Example_RunThroughCli_ExitZeroWithGateAndPkAsDesigned()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

        var exit = new PayrollRunner(stdout, stderr, clock).Run(new RunRequest(
            Repo.Path("rules", "plans", "ecommerce-aftersales.yaml"), October, ExampleFolder, _db.Path, _out.Path, Repo.Path("rules")) { User = "hr.li" });

        Assert.True(exit == 0, stderr.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out.Path, "payslips.json")));
        Assert.Equal("ecommerce-aftersales", json.RootElement.GetProperty("plan").GetString());
        var slips = json.RootElement.GetProperty("payslips").EnumerateArray().ToDictionary(
            p => p.GetProperty("agent_id").GetString()!,
            p => (Gross: p.GetProperty("gross").GetDecimal(), Net: p.GetProperty("net").GetDecimal(),
                Lines: p.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("amount").GetDecimal())));
        Assert.Equal(24, slips.Count);
        decimal Line(string agent, string code) => slips[agent].Lines.GetValueOrDefault(code);

        // 售后一组 passes on every limit; 售后二组 passes; 售后三组 fails on one dispute.
        Assert.Equal(8, slips.Count(s => Line(s.Key, "team_metrics_bonus") == 500m && int.Parse(s.Key[1..]) <= 8));
        Assert.Equal(8, slips.Count(s => Line(s.Key, "team_metrics_bonus") == 500m && int.Parse(s.Key[1..]) is > 8 and <= 16));
        Assert.DoesNotContain(slips, s => int.Parse(s.Key[1..]) > 16 && Line(s.Key, "team_metrics_bonus") != 0m);
        // PK: 售后一组 tie for first (E001, E002) then E004 third; 售后二组 tie for second (E010, E011); 售后三组 1-2-3.
        Assert.Equal([300m, 300m, 0m, 100m], new[] { "E001", "E002", "E003", "E004" }.Select(a => Line(a, "pk_award")));
        Assert.Equal([300m, 200m, 200m, 0m], new[] { "E009", "E010", "E011", "E012" }.Select(a => Line(a, "pk_award")));
        Assert.Equal([300m, 200m, 100m], new[] { "E017", "E018", "E019" }.Select(a => Line(a, "pk_award")));
        // Probation and proration: E005 half the month at 80 %, E008 hired 12 Oct, E013 left 15 Oct.
        Assert.Equal([2880.00m, 2133.33m, 1322.22m], new[] { "E005", "E008", "E013" }.Select(a => Line(a, "base_pay")));
        Assert.Equal(4859.50m, slips["E001"].Gross); // 3800 + 86,500 x 3‰ + 500 + 300
        Assert.Equal(4373.60m, slips["E017"].Gross); // 3800 + 273.60 + 0 + 300
        // Pay lines 93,047.84 + minimum-wage top-ups 4,237.04 (probation and part-month agents, Shanghai's test less own contributions).
        Assert.Equal(97_284.88m, slips.Values.Sum(s => s.Gross));
        Assert.Equal(2000m, slips.Keys.Sum(a => Line(a, "pk_award")));

        // Statutory lines from the shared module (Shanghai, 2026-10): social-insurance base floor 7,546 for these bases.
        Assert.Equal([-603.68m, -150.92m, -37.73m, -266.00m], new[] { "pension", "medical", "unemployment", "housing_fund" }.Select(c => Line("E001", c)));
        Assert.Equal(3801.17m, slips["E001"].Net); // 4,859.50 - 1,058.33
        // E008: 2,648.93 normal pay - 1,016.33 own < 2,740 x 15 / 18 = 2,283.33 -> topped up 650.73; net is the prorated minimum.
        Assert.Equal(650.73m, Line("E008", "min_wage_topup"));
        Assert.Equal(2283.33m, slips["E008"].Net);
        Assert.Equal(72_290.96m, slips.Values.Sum(s => s.Net));
        Assert.All(slips.Keys, a => Assert.Equal(0m, Line(a, "iit"))); // January-October incomes stay under the deductions

        var store = new PayrollStore(_db.Path, clock);
        Assert.Equal(PeriodStatus.Calculated, store.Periods.GetPeriodStatus(October));
        Assert.Equal("open -> calculated; plan ecommerce-aftersales 2026.1; 24 payslips", store.Periods.AuditEntries(October).Single().Detail);
    }

    [Fact]
    public void Example_MissingTeamMetricsFile_ExitTwoListingEveryTeam()
    {
        using var _ = UiCulture.Use("en");
        foreach (var file in new[] { "agents.xlsx", "attendance.xlsx", "metrics.xlsx", "ytd.xlsx" })
            File.Copy(Path.Combine(ExampleFolder, file), _out.File(file));
        var stderr = new StringWriter();

        var exit = new PayrollRunner(new StringWriter(), stderr, TimeProvider.System).Run(new RunRequest(
            Repo.Path("rules", "plans", "ecommerce-aftersales.yaml"), October, _out.Path, _db.Path, _out.File("out"), Repo.Path("rules")));

        Assert.Equal(2, exit);
        var errors = File.ReadAllLines(_out.File(Path.Combine("out", "errors-2026-10.txt")));
        Assert.Equal(
        [
            "team_metrics::0:team: team 售后一组 has 8 agent(s) employed in 2026-10 but no team_metrics row (value '售后一组')",
            "team_metrics::0:team: team 售后三组 has 8 agent(s) employed in 2026-10 but no team_metrics row (value '售后三组')",
            "team_metrics::0:team: team 售后二组 has 8 agent(s) employed in 2026-10 but no team_metrics row (value '售后二组')",
        ], errors);
        Assert.False(File.Exists(_db.Path));
    }

    /// <summary>Income tax is cumulative in plan 2 too: without ytd.xlsx every agent hired before October is listed.</summary>
    [Fact]
    public void Example_WithoutYtdFile_ExitTwoListingEveryAgentHiredBeforeOctober()
    {
        using var _ = UiCulture.Use("en");
        foreach (var file in new[] { "agents.xlsx", "attendance.xlsx", "metrics.xlsx", "team_metrics.xlsx" })
            File.Copy(Path.Combine(ExampleFolder, file), _out.File(file));

        var exit = new PayrollRunner(new StringWriter(), new StringWriter(), TimeProvider.System).Run(new RunRequest(
            Repo.Path("rules", "plans", "ecommerce-aftersales.yaml"), October, _out.Path, _db.Path, _out.File("out"), Repo.Path("rules")));

        Assert.Equal(2, exit);
        var errors = File.ReadAllLines(_out.File(Path.Combine("out", "errors-2026-10.txt")));
        // 24 agents less E008, hired on 12 October.
        Assert.Equal(23, errors.Length);
        Assert.All(errors, e => Assert.Contains("has no opening balance for 2026", e));
        Assert.DoesNotContain(errors, e => e.Contains("E008", StringComparison.Ordinal));
        Assert.False(File.Exists(_db.Path));
    }

    [Fact]
    public void Example_ImportsChineseHeadersAsPlanMetricNames()
    {
        var import = new InputFolderReader(ShippedPlanHeaders.Options).Read(ExampleFolder, October);

        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        var team = import.Input.TeamMetrics.Single(t => t.Team == "售后一组");
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["refund_rate"] = 0.05m, ["avg_refund_hours"] = 24m, ["disputes"] = 0m, ["dsr"] = 4.8m, ["internal_complaints"] = 0m,
        }, team.Numbers);
        var e001 = import.Input.Metrics.Single(m => m.AgentId == "E001");
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["repeat_order_amount"] = 86_500m, ["conversion_rate"] = 0.52m, ["response_seconds"] = 22m, ["response_rate"] = 0.96m,
        }, e001.Numbers);
        Assert.Empty(import.Input.Warnings);
    }

    /// <summary>The committed folder is exactly what <c>paycalc generate --example ecommerce-aftersales</c> writes (cell by cell).</summary>
    [Fact]
    public void ExampleFolder_EqualsGeneratorOutput()
    {
        var summary = EcommerceAftersalesExample.Write(_out.Path);

        Assert.Equal((24, 410), (summary.Agents, summary.ShiftRows));
        foreach (var file in summary.Files)
            Assert.Equal(Cells(file), Cells(Path.Combine(ExampleFolder, Path.GetFileName(file))));
    }

    [Fact]
    public void GenerateCommand_Example_WritesTheFiveFiles()
    {
        var exit = Generate("--example", "ecommerce-aftersales", "--out", _out.Path);

        Assert.Equal(0, exit);
        Assert.Equal(["agents.xlsx", "attendance.xlsx", "metrics.xlsx", "team_metrics.xlsx", "ytd.xlsx"],
            Directory.GetFiles(_out.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GenerateCommand_UnknownExample_ExitTwoWritesNothing()
    {
        var exit = Generate("--example", "telecom", "--out", _out.File("x"));

        Assert.Equal(2, exit);
        Assert.False(Directory.Exists(_out.File("x")));
    }

    /// <summary>The generate command alone (not CliApp, which sets the process-wide culture).</summary>
    private static int Generate(params string[] args) =>
        GenerateCommand.Create(new PayCalc.Cli.PayCalcSettings()).Parse(args).Invoke();

    private static List<string> Cells(string path)
    {
        using var package = new ExcelPackage(new FileInfo(path));
        var sheet = package.Workbook.Worksheets[0];
        var cells = new List<string> { sheet.Name };
        if (sheet.Dimension is null) return cells;
        for (var r = 1; r <= sheet.Dimension.End.Row; r++)
            for (var c = 1; c <= sheet.Dimension.End.Column; c++)
                cells.Add($"{r},{c}={sheet.Cells[r, c].Value}");
        return cells;
    }
}
