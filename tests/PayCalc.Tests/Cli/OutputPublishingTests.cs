using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// The output folder agrees with the database: a run records the SHA-256 of each file it publishes, <c>status</c>
/// finishes a publication that a crash interrupted and reports files that are not the stored run's, and leftover
/// staging folders are removed or reported.
/// </summary>
public sealed class OutputPublishingTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);
    private readonly TempFolder _dir = new();
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }

    private string Out => _dir.File("out");

    private (int Exit, string Errors) Run()
    {
        var errors = new StringWriter();
        var exit = new PayrollRunner(new StringWriter(), errors, _clock).Run(new RunRequest(NetPay.PlanPath, October,
            Repo.Path("examples", "bank-card-center", "2026-10"), _db.Path, Out, Repo.Path("rules")));
        return (exit, errors.ToString());
    }

    private string Status()
    {
        var output = new StringWriter();
        Assert.Equal(0, new PeriodWorkflow(output, new StringWriter(), _clock).Status(_db.Path, October));
        return output.ToString();
    }

    [Fact]
    public void Run_RecordsEveryPublishedFileWithItsHash_AndStatusFindsThemRight()
    {
        Assert.Equal(0, Run().Exit);

        var run = new PayrollStore(_db.Path, _clock).Runs.FindRun(October)!;
        Assert.Equal(Path.GetFullPath(Out), RunOutputs.Folder(run));
        Assert.Equal(["payroll-2026-10.xlsx", "payslips.json"], RunOutputs.Files(run).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RunOutputs.Sha256(Path.Combine(Out, "payslips.json")), RunOutputs.Files(run)["payslips.json"]);
        Assert.Empty(RunOutputs.Mismatches(run, Out));
        Assert.DoesNotContain("Output files:", Status());
        Assert.False(Directory.Exists(OutputFolder.StagingOf(Out, October)));
    }

    [Fact]
    public void Status_AFileChangedAfterTheRun_SaysItIsNotTheStoredRunsFile()
    {
        Assert.Equal(0, Run().Exit);
        File.AppendAllText(Path.Combine(Out, "payslips.json"), " ");

        var status = Status();

        Assert.Contains("2026-10: payslips.json in ", status);
        Assert.Contains("is not the file of the stored run", status);
    }

    [Fact]
    public void Status_CrashBetweenTheRenames_FinishesThePublication()
    {
        Assert.Equal(0, Run().Exit);
        // As if the process died after the commit, with the workbook moved but payslips.json still in staging and an
        // older payslips.json published.
        var staging = Directory.CreateDirectory(OutputFolder.StagingOf(Out, October)).FullName;
        File.Move(Path.Combine(Out, "payslips.json"), Path.Combine(staging, "payslips.json"));
        File.WriteAllText(Path.Combine(Out, "payslips.json"), "[]");
        var right = File.ReadAllBytes(Path.Combine(staging, "payslips.json"));

        var status = Status();

        Assert.Contains("2026-10: finished publishing the files of run", status);
        Assert.Equal(right, File.ReadAllBytes(Path.Combine(Out, "payslips.json")));
        Assert.False(Directory.Exists(staging));
        Assert.DoesNotContain("is not the file(s) of the stored run", status);
    }

    [Fact]
    public void LeftoverStagingOfARunNeverStored_IsReportedByStatusAndRemovedByTheNextRun()
    {
        Assert.Equal(0, Run().Exit);
        var staging = Directory.CreateDirectory(OutputFolder.StagingOf(Out, October)).FullName;
        File.WriteAllText(Path.Combine(staging, "payslips.json"), "half a fi");

        Assert.Contains("is left by a run that was not stored; the next run of 2026-10 removes it", Status());
        var (exit, errors) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("removed " + staging + ", left by an earlier run of 2026-10 that was interrupted", errors);
        Assert.False(Directory.Exists(staging));
        Assert.DoesNotContain("Output files:", Status());
    }
}
