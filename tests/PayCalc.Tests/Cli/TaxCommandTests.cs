using PayCalc.Application;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary><c>paycalc tax</c>: the what-if table and the bonus comparison as HR reads them.</summary>
public sealed class TaxCommandTests : IDisposable
{
    // These tests read the English table; TaxLanguageTests covers the Chinese default.
    private readonly UiCulture _english = UiCulture.Use("en");

    public void Dispose() => _english.Dispose();

    /// <summary>What <c>paycalc tax</c> prints for the question, through the use case and the shipped rules.</summary>
    private static string Answer(TaxWhatIf q, int year = 2026)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, new TaxQuestion(output, errors).Answer(Repo.Path("rules"), q, year));
        Assert.Equal("", errors.ToString());
        return output.ToString();
    }

    [Fact]
    public void ThreeMonths_ShowTheOfficialWithholding()
    {
        var text = Answer(new TaxWhatIf(30000m, 4500m, 2000m, 1, 3, false, false, 0m, 3));
        var rows = text.Split('\n').Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToList();
        Assert.Equal(["555.00", "625.00", "1,850.00"], rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));
        Assert.Contains("55,500.00", rows[2]);
        Assert.Contains("3,030.00", text.Split('\n').Single(l => l.StartsWith("total")));
    }

    [Fact]
    public void Bonus_ShowsBothMethodsAndTheDeadZone()
    {
        var text = Answer(new TaxWhatIf(10000m, 1500m, 1000m, 1, 12, false, false, 38000m, 12));
        Assert.Contains("38,000.00 x 10% - 210.00 = 3,590.00", text);
        Assert.Contains("dead zone - a bonus of 36,000.00", text);
        // December, cumulative taxable before the bonus 30,000: folding adds 6,000 at 3 % and 32,000 at 10 %.
        Assert.Contains("extra withholding 3,380.00", text);
        Assert.Contains("cheaper: folding into wages (saves 210.00)", text);
    }

    [Fact]
    public void WagesPerMonth_NoRefundWhenTheWageDrops()
    {
        var q = new TaxWhatIf(0m, 0m, 0m, 1, 3, false, false, 0m, 3) { Wages = [40000m, 1000m, 8000m] };
        var text = Answer(q);
        var rows = text.Split('\n').Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToList();
        // Month 1: 35,000 x 3 % = 1,050; month 2: cumulative 31,000 -> 930 < 1,050 withheld -> 0; month 3: 34,000 -> 1,020 -> 0.
        Assert.Equal(["1,050.00", "0.00", "0.00"], rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));
        Assert.Contains("wages 40,000.00, 1,000.00, 8,000.00", text);
    }

    [Fact]
    public void WholeAnswer_KeepsItsPrintedFormat()
    {
        // Printed by the former C# calculator; the engine-computed answer must read the same, character for character.
        const string expected = """
        Income tax 2026, cumulative withholding (STA 2018 No. 61): wage 10,000.00/month, special deductions 1,500.00, special additional 1,000.00

        month    cum. income   basic ded.      special add. special   cum. taxable  rate quick ded.     cum. tax     withheld   this month
            1      10,000.00     5,000.00     1,500.00     1,000.00       2,500.00    3%       0.00        75.00         0.00        75.00
            2      20,000.00    10,000.00     3,000.00     2,000.00       5,000.00    3%       0.00       150.00        75.00        75.00
            3      30,000.00    15,000.00     4,500.00     3,000.00       7,500.00    3%       0.00       225.00       150.00        75.00
            4      40,000.00    20,000.00     6,000.00     4,000.00      10,000.00    3%       0.00       300.00       225.00        75.00
            5      50,000.00    25,000.00     7,500.00     5,000.00      12,500.00    3%       0.00       375.00       300.00        75.00
            6      60,000.00    30,000.00     9,000.00     6,000.00      15,000.00    3%       0.00       450.00       375.00        75.00
            7      70,000.00    35,000.00    10,500.00     7,000.00      17,500.00    3%       0.00       525.00       450.00        75.00
            8      80,000.00    40,000.00    12,000.00     8,000.00      20,000.00    3%       0.00       600.00       525.00        75.00
            9      90,000.00    45,000.00    13,500.00     9,000.00      22,500.00    3%       0.00       675.00       600.00        75.00
           10     100,000.00    50,000.00    15,000.00    10,000.00      25,000.00    3%       0.00       750.00       675.00        75.00
           11     110,000.00    55,000.00    16,500.00    11,000.00      27,500.00    3%       0.00       825.00       750.00        75.00
           12     120,000.00    60,000.00    18,000.00    12,000.00      30,000.00    3%       0.00       900.00       825.00        75.00
        total                                                                                                                       900.00

        Annual bonus 38,000.00 paid in month 12:
          separate taxation (MOF/STA 2023 No. 30): 38,000.00 x 10% - 210.00 = 3,590.00, take home 34,410.00
          folded into month 12's wages: extra withholding 3,380.00, take home 34,620.00
          cheaper: folding into wages (saves 210.00)
          warning: dead zone - a bonus of 36,000.00 takes home 34,920.00 after separate taxation, more than this bonus.
        """;
        var text = Answer(new TaxWhatIf(10000m, 1500m, 1000m, 1, 12, false, false, 38000m, 12));
        Assert.Equal(expected, text.Replace("\r\n", "\n").TrimEnd('\n'));
    }

    [Fact]
    public void After2027_TheBonusIsFolded_NoComparison()
    {
        var text = Answer(new TaxWhatIf(25000m, 3000m, 3000m, 1, 12, false, false, 144001m, 12), 2028);
        Assert.Contains("separate taxation is not available in 2028; the bonus is folded into wages.", text);
        Assert.Contains("folded into month 12's wages: extra withholding 29,400.25, take home 114,600.75", text);
        Assert.DoesNotContain("cheaper", text);
        Assert.DoesNotContain("dead zone", text);
    }

    [Fact]
    public void YearBeforeTheRules_OneMessage_Exit1()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(1, new TaxQuestion(output, errors).Answer(Repo.Path("rules"), new TaxWhatIf(10000m, 0m, 0m, 1, 12, false, false, 0m, 12), 2018));
        Assert.Equal("", output.ToString());
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("tax-what-if.yaml:1: [tax-what-if] the tax what-if covers 2019 to now, not 2018.", lines[1]);
    }
}
