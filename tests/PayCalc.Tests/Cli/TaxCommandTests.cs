using PayCalc.Application;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary><c>paycalc tax</c>: the what-if table and the bonus comparison as HR reads them.</summary>
public class TaxCommandTests
{
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
}
