using System.Text.Json;
using OfficeOpenXml;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Domain.Simulation;
using PayCalc.Files.Generate;
using PayCalc.Storage;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// Simulation on history over the shipped example months 2026-10..12: the stored months recomputed with a proposed plan,
/// chained through the simulated months (December's quarterly bonus reads the simulated October and November), compared
/// with the stored payslips; the database file stays byte for byte what it was.
/// </summary>
public sealed class SimulateMonthsTests : IDisposable
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11), December = new(2026, 12);
    private const string OvertimeRate = "    values:\n      2025-01-01: 1.5\n  holiday_overtime_rate:";
    private readonly ExampleMonthRuns _runs = new();
    private readonly TempFolder _folder = new();

    public SimulateMonthsTests()
    {
        foreach (var period in BankCardCenterExample.Periods) Assert.Equal(PayrollRunner.Ok, _runs.Run(period).Exit);
    }

    public void Dispose()
    {
        _runs.Dispose();
        _folder.Dispose();
    }

    private SimulationOutcome Simulate(string plan, string? output = null) =>
        new SimulateMonths(_runs.Clock).Simulate(new SimulateRequest(plan, October, December, _runs.Db.Path, Repo.Path("rules"), output));

    /// <summary>The shipped plan copied (its modules included from the shipped rules) with <paramref name="from"/> replaced.</summary>
    private string CopiedPlan(string name, string from, string to)
    {
        var text = File.ReadAllText(NetPay.PlanPath);
        Assert.Contains(from, text);
        var copy = _folder.File(name + ".yaml");
        File.WriteAllText(copy, text.Replace("../statutory", Repo.Path("rules", "statutory")).Replace("../checks", Repo.Path("rules", "checks")).Replace(from, to));
        return copy;
    }

    /// <summary>P2: overtime paid at 200 % from 2026-11-01.</summary>
    private string P2() => CopiedPlan("p2", OvertimeRate, "    values:\n      2025-01-01: 1.5\n      2026-11-01: 2.0\n  holiday_overtime_rate:");

    private static SimulationReport Report(SimulationOutcome outcome)
    {
        Assert.True(outcome.Report is not null, string.Join("\n", outcome.Failure?.Problems ?? []));
        return outcome.Report!;
    }

    private static decimal Cost(SimulationReport r, Period? period, string code, bool proposed) =>
        r.Costs.Where(c => c.Period == period && c.Code == code).Select(c => proposed ? c.Proposed : c.Baseline).SingleOrDefault();

    [Fact]
    public void Simulate_WithTheStoredPlan_ChangesNothing_DatabaseFileUnchanged()
    {
        var before = DatabaseFileHash.Of(_runs.Db.Path);

        var report = Report(Simulate(NetPay.PlanPath));

        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
        Assert.All(report.Costs.Concat(report.TeamCosts), c => Assert.Equal(0m, c.Difference));
        Assert.Empty(report.Agents);
        Assert.Empty(report.FlagChanges);
        Assert.Equal(0, report.AgentsWithLineChanges);
        Assert.Equal(0m, report.NetDifference);
        Assert.True(report.AgentsCompared > 40);
        // The baseline is what is stored: the stored totals of each month.
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        foreach (var period in BankCardCenterExample.Periods)
            Assert.Equal(store.Runs.FindRun(period)!.NetTotal, Cost(report, period, "net", proposed: false));
    }

    [Fact]
    public void Simulate_P2_OctoberUnchanged_OvertimeDiffersFromNovember_AgentSumsReconcile_FilesWritten_DatabaseFileUnchanged()
    {
        var before = DatabaseFileHash.Of(_runs.Db.Path);
        var output = Path.Combine(_folder.Path, "out");

        var outcome = Simulate(P2(), output);

        var report = Report(outcome);
        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
        // The one rule change, against the rules stored with each month (the same for the three), from its date and line.
        var change = Assert.Single(report.RuleChanges);
        Assert.Equal(("2026-10..2026-12", "1.5", "2"), (change.Months, change.Old, change.New));
        Assert.Contains("overtime_rate", change.Summary);
        Assert.Contains("2026-11-01", change.Summary);
        Assert.StartsWith("plans/bank-card-center.yaml:", change.OldLocation);
        Assert.All(report.Costs.Where(c => c.Period == October), c => Assert.Equal(0m, c.Difference));
        Assert.Equal(0m, report.Agents.Sum(a => a.MonthDifferences[0]));
        foreach (var month in new[] { November, December })
        {
            var overtime = report.Costs.Single(c => c.Period == month && c.Code == "overtime_pay");
            // 2.0 instead of 1.5: a third more, to within a cent per agent.
            Assert.InRange(overtime.Proposed, overtime.Baseline * 4 / 3 - 1m, overtime.Baseline * 4 / 3 + 1m);
            Assert.True(overtime.Difference > 0);
        }
        Assert.NotEmpty(report.Agents);
        // The per-agent differences add up to the difference of the net totals, to the cent, over the range and per month.
        Assert.Equal(Cost(report, null, "net", true) - Cost(report, null, "net", false), report.NetDifference);
        Assert.Equal(report.NetDifference, report.Agents.Sum(a => a.Difference));
        for (var i = 0; i < report.Periods.Count; i++)
        {
            var period = report.Periods[i];
            Assert.Equal(Cost(report, period, "net", true) - Cost(report, period, "net", false), report.Agents.Sum(a => a.MonthDifferences[i]));
        }
        // Teams add up to the whole.
        Assert.Equal(Cost(report, null, "net", true) - Cost(report, null, "net", false),
            report.TeamCosts.Where(c => c.Period is null && c.Code == "net").Sum(c => c.Difference));
        // Largest change first.
        Assert.Equal(report.Agents.Max(a => Math.Abs(a.Difference)), Math.Abs(report.Agents[0].Difference));

        Assert.Equal([Path.Combine(output, "simulation-p2.json"), Path.Combine(output, "simulation-p2.xlsx")], outcome.Files);
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "simulation-p2.json"))))
        {
            var months = json.RootElement.GetProperty("months").EnumerateArray().ToList();
            Assert.Equal(["2026-10", "2026-11", "2026-12"], months.Select(m => m.GetProperty("period").GetString()));
            var agent = report.Agents[0];
            var slip = months[1].GetProperty("payslips").EnumerateArray().Single(p => p.GetProperty("agent_id").GetString() == agent.AgentId);
            var line = slip.GetProperty("lines").GetProperty("overtime_pay");
            Assert.True(line[1].GetDecimal() > line[0].GetDecimal());
            Assert.Equal(report.NetDifference, json.RootElement.GetProperty("summary").GetProperty("net_difference").GetDecimal());
        }
        using var package = new ExcelPackage(new FileInfo(Path.Combine(output, "simulation-p2.xlsx")));
        Assert.Equal(["汇总 Summary", "组别 Teams", "人员 Agents", "异常 Exceptions", "图表 Charts", "规则变化 Rule changes"], package.Workbook.Worksheets.Select(w => w.Name));
        var rules = package.Workbook.Worksheets["规则变化 Rule changes"];
        Assert.Equal(("2026-10..2026-12", "1.5", "2"), (rules.Cells[2, 1].Text, rules.Cells[2, 3].Text, rules.Cells[2, 4].Text));
        Assert.Equal("", rules.Cells[3, 1].Text);
        // The cost-by-line chart and the histogram of per-agent change, embedded as pictures in the Charts sheet (read from
        // the zip: EPPlus 4 needs libgdiplus for pictures).
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(output, "simulation-p2.xlsx"));
        Assert.Contains(zip.Entries, e => e.FullName == "xl/drawings/drawing5.xml");
        Assert.Equal(2, zip.Entries.Count(e => e.FullName.StartsWith("xl/media/image", StringComparison.Ordinal) && e.Length > 1000));
        var agents = package.Workbook.Worksheets["人员 Agents"];
        Assert.Equal(report.Agents[0].AgentId, agents.Cells[2, 1].Text);
        Assert.Equal(report.Agents[0].Difference, Convert.ToDecimal(agents.Cells[2, 6].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Simulate_ACoefficientChangedInOctoberOnly_ChangesDecembersQuarterlyBonus_ReadFromTheSimulatedOctober()
    {
        // 1.2 -> 1.5 for a score of 90 or more in October only: October's coefficient and performance pay change,
        // November's and December's own coefficients do not, December's quarterly bonus (c1 + c2 + c3) does.
        const string scale = "        - { from: 90, value: 1.2 }\n";
        var plan = CopiedPlan("october-coefficient", "      2025-01-01:\n        - { from: 0, value: 0 }\n        - { from: 60, value: 0.6 }\n        - { from: 80, value: 1.0 }\n" + scale,
            "      2025-01-01:\n        - { from: 0, value: 0 }\n        - { from: 60, value: 0.6 }\n        - { from: 80, value: 1.0 }\n" + scale +
            "      2026-10-01:\n        - { from: 0, value: 0 }\n        - { from: 60, value: 0.6 }\n        - { from: 80, value: 1.0 }\n        - { from: 90, value: 1.5 }\n" +
            "      2026-11-01:\n        - { from: 0, value: 0 }\n        - { from: 60, value: 0.6 }\n        - { from: 80, value: 1.0 }\n" + scale);

        var report = Report(Simulate(plan));

        Assert.NotEqual(0m, report.Costs.Single(c => c.Period == October && c.Code == "performance_pay").Difference);
        Assert.Equal(0m, report.Costs.Single(c => c.Period == November && c.Code == "performance_pay").Difference);
        Assert.Equal(0m, report.Costs.Single(c => c.Period == December && c.Code == "performance_pay").Difference);
        var bonus = report.Costs.Single(c => c.Period == December && c.Code == "quarterly_bonus");
        // Each agent whose October coefficient rose by 0.3 gets 1500 * 0.3 / 3 = 150 more (less for critical errors).
        Assert.True(bonus.Difference > 0, $"quarterly bonus {bonus.Baseline} -> {bonus.Proposed}");
        Assert.Equal(report.NetDifference, report.Agents.Sum(a => a.Difference));
    }

    [Fact]
    public void Simulate_APlanThatDoesNotLoad_GivesItsErrorsWithFileAndLine_AndWritesNothing()
    {
        var plan = CopiedPlan("broken", OvertimeRate, "    values:\n      2025-01-01: [1.5\n  holiday_overtime_rate:");
        var output = Path.Combine(_folder.Path, "out");

        var outcome = Simulate(plan, output);

        Assert.Null(outcome.Report);
        Assert.Equal(October, outcome.FailedPeriod);
        Assert.Contains(outcome.Failure!.Problems, p => p.Contains("broken.yaml:", StringComparison.Ordinal));
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Simulate_AMonthWithoutARun_IsRefused()
    {
        using var _ = UiCulture.Use("en");
        var outcome = new SimulateMonths(_runs.Clock).Simulate(new SimulateRequest(NetPay.PlanPath, October, new Period(2027, 1), _runs.Db.Path, Repo.Path("rules")));

        Assert.Null(outcome.Report);
        Assert.Equal("2027-01 has no stored run to simulate on.", outcome.Failure!.Refusal);
    }
}
