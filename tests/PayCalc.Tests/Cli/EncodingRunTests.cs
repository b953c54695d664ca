using System.Text;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Files.Import;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>A roster saved by Excel on Chinese Windows (GB18030) runs end to end with its names intact; forcing UTF-8 on
/// it is refused with the encoding named, and nothing is stored.</summary>
public sealed class EncodingRunTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);
    private readonly TempFolder _dir = new();
    private readonly TempDatabase _db = new();

    public EncodingRunTests()
    {
        new SyntheticInputGenerator().Generate(new GeneratorOptions
        {
            AgentCount = 12,
            Period = October,
            OutputDirectory = _dir.File("input"),
            IsWorkingDay = BankCardCenterExample.October2026Calendar().IsWorkingDay,
            Format = InputFormat.Csv,
            Headers = HeaderLanguage.Chinese,
            Seed = 7,
        });
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var agents = _dir.File(Path.Combine("input", "agents.csv"));
        Utf8Roster = File.ReadAllText(agents, Encoding.UTF8);
        File.WriteAllText(agents, Utf8Roster.TrimStart('\uFEFF'), Encoding.GetEncoding("gb18030"));
    }

    private string Utf8Roster { get; }

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }

    private (int Exit, string Errors) Run(ImportOptions options)
    {
        var errors = new StringWriter();
        var exit = new PayrollRunner(new StringWriter(), errors, TimeProvider.System).Run(new RunRequest(NetPay.PlanPath, October,
            _dir.File("input"), _db.Path, _dir.File("out"), Repo.Path("rules")) { Import = options });
        return (exit, errors.ToString());
    }

    [Fact]
    public void Gb18030Roster_Detected_StoresTheChineseNames()
    {
        var (exit, errors) = Run(ImportOptions.Default);

        Assert.Equal(0, exit);
        Assert.Contains("warning: agents.csv is not UTF-8; read as GB18030", errors);
        var firstRow = Utf8Roster.Split('\n')[1].Split(',');
        var slip = new PayrollStore(_db.Path, TimeProvider.System).Runs.FindPayslip(October, firstRow[0])!;
        Assert.Equal(firstRow[1], slip.Name);
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", slip.Name);
    }

    [Fact]
    public void Gb18030Roster_ForcedUtf8_IsRefusedNamingTheEncoding()
    {
        var (exit, errors) = Run(ImportOptions.Default with { CsvEncoding = Encoding.UTF8 });

        Assert.Equal(2, exit);
        Assert.Contains("agents.csv::", errors);
        Assert.Contains("not UTF-8", errors);
        Assert.Contains("--encoding gb18030", errors);
        Assert.False(File.Exists(_db.Path));
    }

    [Fact]
    public void ProblemsOfEveryKind_AreReportedInOneRun()
    {
        using var _ = UiCulture.Use("en");
        var input = _dir.File("input");
        File.WriteAllText(Path.Combine(input, "agents.csv"), Utf8Roster, Encoding.UTF8);
        // A parse error (a date), a plan check (a term the commission table does not know), and, with the opening
        // balances removed, the year-to-date check of agents employed before October: three stages, one list.
        var sales = File.ReadAllLines(Path.Combine(input, "sales.csv")).ToList();
        var first = sales[1].Split(',');
        sales.Add($"D-BAD-DATE,{first[1]},2026-10-32,1000,3,");
        sales.Add($"D-BAD-TERM,{first[1]},2026-10-05,1000,7,");
        File.WriteAllLines(Path.Combine(input, "sales.csv"), sales);
        File.Delete(Path.Combine(input, "ytd.csv"));

        var (exit, errors) = Run(ImportOptions.Default);

        Assert.True(exit == 2, errors);
        Assert.True(errors.Contains($"sales.csv::{sales.Count - 1}:办理日期: not a date", StringComparison.Ordinal), errors);
        Assert.True(errors.Contains($"sales.csv::{sales.Count}:term_months:", StringComparison.Ordinal), errors);
        Assert.True(errors.Contains("the first month PayCalc holds for 2026", StringComparison.Ordinal), errors);
        Assert.False(File.Exists(_db.Path));
    }
}
