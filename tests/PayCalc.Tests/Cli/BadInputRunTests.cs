using System.Text;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Files.Import;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// Impossible, implausible and hostile inputs and rules through the monthly run: each ends with its exit code (2 bad
/// input, 1 broken rules) and the problem named, and nothing is stored.
/// </summary>
public sealed class BadInputRunTests : GeneratedOctober
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private (int Exit, string Errors) Run(string? plan = null, string? rules = null, ComputeBudget? budget = null)
    {
        var errors = new StringWriter();
        var exit = new PayrollRunner(new StringWriter(), errors, TimeProvider.System).Run(new RunRequest(plan ?? NetPay.PlanPath, October,
            Input, Db.Path, Dir.File("out"), rules ?? Repo.Path("rules")) { ComputeBudget = budget ?? ComputeBudget.Default });
        return (exit, errors.ToString());
    }

    private void AssertRefused((int Exit, string Errors) result, int exit, params string[] phrases)
    {
        Assert.True(result.Exit == exit, result.Errors);
        foreach (var phrase in phrases) Assert.True(result.Errors.Contains(phrase, StringComparison.Ordinal), $"'{phrase}' not in:\n{result.Errors}");
        Assert.DoesNotContain("   at ", result.Errors);
        // Refused before the run began (no database), or rolled back (no run stored).
        Assert.True(!File.Exists(Db.Path) || new PayCalc.Storage.PayrollStore(Db.Path, TimeProvider.System).Runs.FindRun(October) is null);
    }

    /// <summary>Replaces line <paramref name="row"/> (1 = header) of an input CSV.</summary>
    private void SetRow(string file, int row, Func<string[], string> change)
    {
        var lines = File.ReadAllLines(InputFile(file));
        lines[row - 1] = change(lines[row - 1].Split(','));
        File.WriteAllLines(InputFile(file), lines);
    }

    private void AddRows(string file, params string[] rows) => File.AppendAllLines(InputFile(file), rows);

    [Fact]
    public void SemicolonSeparatedCsv()
    {
        File.WriteAllLines(InputFile("agents.csv"), File.ReadAllLines(InputFile("agents.csv")).Select(l => l.Replace(',', ';')));
        AssertRefused(Run(), 2, "agents.csv::", "separated by ';'");
    }

    [Fact]
    public void OverlappingShiftsOfOneAgent()
    {
        var first = File.ReadAllLines(InputFile("attendance.csv"))[1].Split(',');
        AddRows("attendance.csv", $"{first[0]},{first[1]},加班,{first[4][..2]}:00,23:00,0,,");
        AssertRefused(Run(), 2, "attendance.csv::", ":start: shift overlaps the shift in row 2");
    }

    [Fact]
    public void LeaveOf24HoursOnADayWithAShift()
    {
        var first = File.ReadAllLines(InputFile("attendance.csv"))[1].Split(',');
        AddRows("attendance.csv", $"{first[0]},{first[1]},,,,,personal,24");
        AssertRefused(Run(), 2, "attendance.csv::", "24 h leave is more than the 24 h of a day");
    }

    [Fact]
    public void BaseSalaryOf1e15()
    {
        SetRow("agents.csv", 2, c => string.Join(',', c[..6].Append("1000000000000000")));
        AssertRefused(Run(), 2, "agents.csv::2:base_salary:", "PayCalc:Import:MaxAmount");
    }

    [Fact]
    public void DealOf1e15()
    {
        SetRow("sales.csv", 2, c => string.Join(',', c[..3].Append("1000000000000000").Concat(c[4..])));
        AssertRefused(Run(), 2, "sales.csv::2:amount:", "PayCalc:Import:MaxAmount");
    }

    [Fact]
    public void NulInAName()
    {
        SetRow("agents.csv", 2, c => string.Join(',', c.Take(1).Append(c[1] + "\0").Concat(c[2..])));
        AssertRefused(Run(), 2, "agents.csv::2:name: contains the control character U+0000");
    }

    [Fact]
    public void NameLongerThanAnExcelCell()
    {
        SetRow("agents.csv", 2, c => string.Join(',', c.Take(1).Append(new string('名', 40_000)).Concat(c[2..])));
        AssertRefused(Run(), 2, "agents.csv::2:name: cell is 40,000 characters long, more than the limit of 32,767");
    }

    [Fact]
    public void EmptyAttendanceFile()
    {
        File.WriteAllBytes(InputFile("attendance.csv"), []);
        AssertRefused(Run(), 2, "attendance.csv::0:: the file is empty (0 bytes)");
    }

    [Fact]
    public void CsvRenamedXlsx_IsOneError()
    {
        File.Move(InputFile("agents.csv"), InputFile("agents.xlsx"));
        var result = Run();
        AssertRefused(result, 2, "1 problem(s) in the input", "agents.xlsx::0:: not an Excel .xlsx file (not a zip)");
    }

    /// <summary>A copy of the rules folder whose bank-card-center plan has its holiday overtime formula replaced.</summary>
    private (string Plan, string Rules) PlanWithHolidayOvertime(string formula)
    {
        var rules = Dir.File("rules");
        foreach (var file in Directory.GetFiles(Repo.Path("rules"), "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(rules, Path.GetRelativePath(Repo.Path("rules"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var plan = Path.Combine(rules, "plans", "bank-card-center.yaml");
        const string target = "amount: Hh * h * holiday_overtime_rate";
        var text = File.ReadAllText(plan);
        Assert.Contains(target, text);
        File.WriteAllText(plan, text.Replace(target, $"amount: '{formula}'"));
        return (plan, rules);
    }

    [Fact]
    public void RuleBuildingAHugeString_StopsTheLoadWithFileLineAndCode()
    {
        var (plan, rules) = PlanWithHolidayOvertime("Hh * h * holiday_overtime_rate + \"a\".PadLeft(1000000000).Length");
        AssertRefused(Run(plan, rules), 1, "The rules could not be loaded", "bank-card-center.yaml:", "[holiday_overtime_pay]", "PadLeft");
    }

    [Fact]
    public void RuleReadingEngineInternals_StopsTheLoad()
    {
        var (plan, rules) = PlanWithHolidayOvertime("it.V[0]");
        AssertRefused(Run(plan, rules), 1, "The rules could not be loaded", "[holiday_overtime_pay]");
    }

    [Fact]
    public void ComputeOverItsBudget_StopsNamingTheComponent()
    {
        using var _ = UiCulture.Use("en");
        var result = Run(budget: new ComputeBudget(TimeSpan.FromTicks(1), TimeSpan.FromSeconds(5)));
        AssertRefused(result, 2, "payslip(s) could not be computed; nothing was stored", "budget");
    }
}
