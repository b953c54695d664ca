using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Storage;

/// <summary>The input stored with a run reads back as the import delivered it, row for row with its source, opening
/// balances and roster tax flags included (schema 4).</summary>
public sealed class StoredInputsTests
{
    private static readonly Period October = new(2026, 10);

    private static (PayrollInput Imported, PayrollInput? Stored) RunAndRead(string plan, string example)
    {
        using var db = new TempDatabase();
        using var output = new TempFolder();
        var planPath = Repo.Path("rules", "plans", plan + ".yaml");
        var folder = Repo.Path("examples", example, "2026-10");
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(PayrollRunner.Ok, new PayrollRunner(TextWriter.Null, new StringWriter(), clock).Run(
            new RunRequest(planPath, October, folder, db.Path, output.Path, Repo.Path("rules"))));
        var imported = MonthComputation.Import(MonthRules.Load(planPath, Repo.Path("rules"), October).Plan, folder, October, PayCalc.Files.Import.ImportOptions.Default).Input;
        return (imported, new PayrollStore(db.Path, clock).Inputs.Read(October));
    }

    private static void AssertSameRows(PayrollInput imported, PayrollInput stored)
    {
        Assert.Equal(October, stored.Period);
        Assert.Equal(imported.Agents, stored.Agents);
        Assert.Equal(imported.Shifts, stored.Shifts);
        Assert.Equal(imported.Leave, stored.Leave);
        Assert.Equal(imported.Deals, stored.Deals);
        Assert.Equal(imported.Metrics.Select(Text), stored.Metrics.Select(Text));
        Assert.Equal(string.Join("\n", imported.TeamMetrics.Select(Text)), string.Join("\n", stored.TeamMetrics.Select(Text)));
        Assert.Equal(imported.Files, stored.Files);
        Assert.Equal(imported.YtdBalances, stored.YtdBalances);
    }

    // Values, not scales: a decimal column keeps at least two decimals (24 reads back as 24.00, the same value).
    private static string Text(AgentMetrics m) =>
        $"{m.AgentId} {m.Period} {m.Source} {string.Join(",", m.Numbers.Select(n => $"{n.Key}={Value(n.Value)}"))} {string.Join(",", m.Texts.Select(t => $"{t.Key}={t.Value}"))}";

    private static string Text(TeamMetrics t) => $"{t.Team} {t.Period} {t.Source} {string.Join(",", t.Numbers.Select(n => $"{n.Key}={Value(n.Value)}"))}";

    private static string Value(decimal d) => d.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Read_BankCardCenterOctober_GivesBackTheImportedRosterShiftsLeaveDealsMetricsAndFiles()
    {
        var (imported, stored) = RunAndRead("bank-card-center", "bank-card-center");

        Assert.NotNull(stored);
        Assert.Equal(45, stored.Agents.Count);
        Assert.NotEmpty(stored.Shifts);
        Assert.NotEmpty(stored.Deals);
        Assert.NotEmpty(stored.YtdBalances);
        AssertSameRows(imported, stored);
    }

    [Fact]
    public void Read_EcommerceOctober_GivesBackTheTeamMetrics()
    {
        var (imported, stored) = RunAndRead("ecommerce-aftersales", "ecommerce-aftersales");

        Assert.NotNull(stored);
        Assert.NotEmpty(stored.TeamMetrics);
        AssertSameRows(imported, stored);
    }

    [Fact]
    public void Read_AMonthWithoutARun_IsNull()
    {
        using var db = new TempDatabase();

        Assert.Null(new PayrollStore(db.Path, TimeProvider.System).Inputs.Read(October));
    }
}
