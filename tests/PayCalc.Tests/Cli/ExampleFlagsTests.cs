using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Rules.Loading;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// The plans' <c>flags:</c> fire exactly where they did before they were judged on NRules: every example month run as
/// <c>paycalc run</c> does, its stored exceptions of the flag codes compared line by line with
/// Fixtures/example-flags.tsv (written by the engine before issue 13; the checks' new exceptions are not in it).
/// </summary>
public class ExampleFlagsTests
{
    private static readonly string[] Golden = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "example-flags.tsv"));

    [Theory]
    [InlineData("bank-card-center", new[] { "2026-10", "2026-11", "2026-12" })]
    [InlineData("ecommerce-aftersales", new[] { "2026-10" })]
    public void ExampleMonths_RaiseTheSameFlagsAsBefore(string plan, string[] months)
    {
        using var _ = UiCulture.Use("en");
        using var db = new TempDatabase();
        using var output = new TempFolder();
        var planPath = Repo.Path("rules", "plans", plan + ".yaml");
        var flagCodes = PlanLoader.Load(planPath).Flags.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var month in months)
        {
            var runner = new PayrollRunner(TextWriter.Null, new StringWriter(), new FixedTimeProvider(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero)));
            Assert.Equal(PayrollRunner.Ok, runner.Run(new RunRequest(planPath, Period.Parse(month), Repo.Path("examples", plan, month), db.Path,
                Path.Combine(output.Path, month), Repo.Path("rules"))));
            var stored = StoredMonth.Read(new PayrollStore(db.Path, TimeProvider.System), Period.Parse(month))!;
            found.AddRange(stored.Flags.Where(f => flagCodes.Contains(f.Code)).Select(f => $"{plan}\t{month}\t{f.AgentId}\t{f.Code}\t{f.Message}"));
        }

        Assert.Equal(Golden.Where(l => l.StartsWith(plan + "\t", StringComparison.Ordinal)).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.NotEmpty(found);
    }
}
