using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// Preview of a month: imported, checked and computed as <c>run</c> does with the earlier stored months as history,
/// and nothing kept - the database file is byte for byte what it was.
/// </summary>
public sealed class MonthPreviewTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    private MonthOutcome Preview(Period period, string inputFolder, string? databasePath = null, string? planPath = null) =>
        new MonthPreview(_runs.Clock).Preview(new PreviewRequest(planPath ?? NetPay.PlanPath, period, inputFolder,
            databasePath ?? _runs.Db.Path, Repo.Path("rules")));

    [Fact]
    public void Preview_OfNovemberAfterOctober_GivesThePayslipsTheRunThenStores_DatabaseFileUnchanged()
    {
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        var before = DatabaseFileHash.Of(_runs.Db.Path);

        var preview = Preview(November, ExampleMonthRuns.Example("2026-11"));

        Assert.True(preview.IsComputed, string.Join("\n", preview.Problems));
        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
        var store = new PayrollStore(_runs.Db.Path, _runs.Clock);
        Assert.Null(store.Runs.FindRun(November));
        Assert.Equal(44, preview.Result!.Payslips.Count);
        // The run of November (October as history, as in the preview) stores exactly the previewed payslips.
        Assert.Equal(PayrollRunner.Ok, _runs.Run(November).Exit);
        StoredPayslipLines.AssertEqual(store, November, preview.Result);
    }

    [Fact]
    public void Preview_WithoutADatabaseFile_ComputesTheMonthAndCreatesNoFile()
    {
        var outcome = Preview(October, ExampleMonthRuns.Example("2026-10"));

        Assert.True(outcome.IsComputed, string.Join("\n", outcome.Problems));
        Assert.Equal(45, outcome.Result!.Payslips.Count);
        Assert.False(File.Exists(_runs.Db.Path));
    }

    [Fact]
    public void Preview_WithoutOpeningBalances_ReturnsEveryProblem_ComputesNothing_DatabaseFileUnchanged()
    {
        using var _ = UiCulture.Use("en");
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        var before = DatabaseFileHash.Of(_runs.Db.Path);
        using var input = new TempFolder();
        foreach (var f in Directory.GetFiles(ExampleMonthRuns.Example("2026-10")).Where(f => !f.EndsWith("ytd.xlsx")))
            File.Copy(f, Path.Combine(input.Path, Path.GetFileName(f)));

        // October again (a rerun's preview): the agents hired before October have no opening balance.
        var outcome = Preview(October, input.Path);

        Assert.False(outcome.IsComputed);
        Assert.Null(outcome.Result);
        Assert.True(outcome.InputErrors.Count > 1);
        Assert.All(outcome.InputErrors, e => Assert.Contains("opening balance", e.Message));
        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
    }

    [Fact]
    public void Preview_WithAMissingPlanFile_ReturnsTheRuleProblem()
    {
        var outcome = Preview(October, ExampleMonthRuns.Example("2026-10"), planPath: Repo.Path("rules", "plans", "no-such-plan.yaml"));

        Assert.False(outcome.IsComputed);
        Assert.Contains("plan file not found", Assert.Single(outcome.RuleErrors).Message);
    }
}
