using System.Security.Cryptography;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Rules.Loading;
using PayCalc.Storage;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// Rule snapshots: every stored run keeps the exact bytes of every rule file the loader read (plan, included files,
/// city profiles, calendar), each distinct content once; <c>rules show</c> prints or writes them, and the month's rules
/// load from the database alone after <c>rules/</c> has changed.
/// </summary>
public sealed class RuleSnapshotTests : IDisposable
{
    private static readonly Period October = new(2026, 10);
    private static readonly string[] BankFiles =
    [
        "calendars/cn-2026.yaml", "checks/bank-card-center.yaml", "checks/pay-changes.yaml", "plans/bank-card-center.yaml",
        "statutory/cities/beijing.yaml", "statutory/cities/guangzhou.yaml", "statutory/cities/shanghai.yaml", "statutory/cities/shenzhen.yaml",
        "statutory/cn-iit.yaml", "statutory/cn-labour.yaml", "statutory/cn-payroll.yaml",
    ];

    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    [Fact]
    public void Loader_RecordsEveryFileItReads_WithItsKindAndBytes()
    {
        var read = new RuleFiles();

        MonthRules.Load(NetPay.PlanPath, Repo.Path("rules"), October, read);

        var files = RuleSnapshot.Capture(read, Repo.Path("rules"));
        Assert.Equal(BankFiles, files.Select(f => f.Path));
        Assert.Equal(["calendar", "include", "include", "plan", "city", "city", "city", "city", "include", "include", "include"], files.Select(f => f.Kind));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Repo.Path(["rules", .. f.Path.Split('/')])), f.Content));
    }

    [Fact]
    public void Run_StoresItsRuleFiles_EachDistinctContentOnce()
    {
        foreach (var period in BankCardCenterExample.Periods) Assert.Equal(PayrollRunner.Ok, _runs.Run(period).Exit);
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit); // a rerun replaces the month's snapshot

        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        foreach (var period in BankCardCenterExample.Periods)
        {
            var files = store.RuleSnapshots.Read(period);
            Assert.Equal(BankFiles, files.Select(f => f.Path));
            Assert.All(files, f => Assert.True(f.Intact));
            Assert.All(files, f => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Repo.Path(["rules", .. f.Path.Split('/')])))), f.StoredSha256));
        }
        using var db = _runs.Db.OpenContext();
        Assert.Equal(BankFiles.Length, db.RuleFiles.Count());
        Assert.Equal(3 * BankFiles.Length, db.RunRuleFiles.Count());
    }

    [Fact]
    public void LoadPeriodRules_GivesTheRunsRules_AfterTheRulesFolderChangedAndIsGone()
    {
        using var copy = new TempFolder();
        CopyFolder(Repo.Path("rules"), copy.Path);
        var plan = Path.Combine(copy.Path, "plans", "bank-card-center.yaml");
        using var output = new TempFolder();
        Assert.Equal(PayrollRunner.Ok, new PayrollRunner(TextWriter.Null, new StringWriter(), _runs.Clock).Run(new RunRequest(
            plan, October, ExampleMonthRuns.Example("2026-10"), _runs.Db.Path, output.Path, copy.Path)));
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        var runSha = store.Runs.FindRun(October)!.PlanSha256;
        File.WriteAllText(Path.Combine(copy.Path, "statutory", "cn-labour.yaml"), "parameters: {}\n");
        Directory.Delete(copy.Path, recursive: true);

        var (compiled, calendar) = RuleSnapshot.LoadPeriodRules(store, October)!.Value;

        Assert.Equal(runSha, compiled.Definition.FileSha256);
        Assert.True(calendar.Covers(October));
        Assert.Equal(["calendars/cn-2026.yaml", "checks/bank-card-center.yaml", "checks/pay-changes.yaml", "plans/bank-card-center.yaml"],
            store.RuleSnapshots.Read(October).Select(f => f.Path).Take(4));
    }

    [Fact]
    public void RulesShow_Out_WritesTheFilesSoThePlanLoadsFromThere()
    {
        using var _ = UiCulture.Use("en");
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        using var folder = new TempFolder();
        var outFolder = Path.Combine(folder.Path, "rules-2026-10");
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(PayrollRunner.Ok, new ShowRules(output, errors, _runs.Clock).Show(_runs.Db.Path, October, outFolder));

        Assert.Equal("", errors.ToString());
        Assert.Equal(BankFiles, Directory.GetFiles(outFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        var (plan, _) = MonthRules.Load(Path.Combine(outFolder, "plans", "bank-card-center.yaml"), outFolder, October);
        Assert.Equal(new PayrollStore(_runs.Db.Path, _runs.Clock).Runs.FindRun(October)!.PlanSha256, plan.Definition.FileSha256);
        // A folder that is not empty is refused.
        Assert.Equal(PayrollRunner.Failure, new ShowRules(output, errors, _runs.Clock).Show(_runs.Db.Path, October, outFolder));
        Assert.Contains("is not empty", errors.ToString());
    }

    [Fact]
    public void RulesShow_PrintsPathHashSizeAndContent()
    {
        using var _ = UiCulture.Use("en");
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        var output = new StringWriter();

        Assert.Equal(PayrollRunner.Ok, new ShowRules(output, new StringWriter(), _runs.Clock).Show(_runs.Db.Path, October, null));

        var text = output.ToString();
        var iit = File.ReadAllBytes(Repo.Path("rules", "statutory", "cn-iit.yaml"));
        Assert.Contains($"statutory/cn-iit.yaml  include  {Convert.ToHexStringLower(SHA256.HashData(iit))}  {iit.Length:N0} bytes", text);
        Assert.Contains(File.ReadAllText(Repo.Path("rules", "calendars", "cn-2026.yaml")), text);
    }

    [Fact]
    public void AStoredRuleFileChangedInTheDatabase_IsReportedNotLoaded()
    {
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        StoredRows.Execute(_runs.Db.Path, "UPDATE rule_file SET content = CAST('parameters: {}' AS BLOB) WHERE sha256 = " +
            "(SELECT sha256 FROM run_rule_file WHERE path = 'statutory/cn-labour.yaml')");

        var ex = Assert.Throws<PayCalc.Rules.Model.RuleLoadException>(() =>
            RuleSnapshot.LoadPeriodRules(new PayrollStore(_runs.Db.Path, _runs.Clock), October));

        Assert.Contains(ex.Errors, e => e.File == "statutory/cn-labour.yaml" && e.Message.Contains("changed in the database", StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
