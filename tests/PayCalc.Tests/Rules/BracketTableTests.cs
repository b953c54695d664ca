using PayCalc.Domain;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>Brackets with quick deductions: lookup at inclusive bounds, continuity at every seam, load checks.</summary>
public class BracketTableTests
{
    private static BracketTable Load(string name) =>
        new(name, PlanLoader.LoadParameterFile(Repo.Path("rules", "statutory", "cn-iit.yaml")).OfType<BracketParameter>().Single(p => p.Name == name).Values.Single().Value);

    [Theory]
    [InlineData("iit_brackets")]
    [InlineData("annual_bonus_brackets")]
    public void Seams_AreContinuous(string name)
    {
        var table = Load(name);
        foreach (var seam in table.Brackets.Where(b => b.UpTo is not null).Select(b => b.UpTo!.Value))
        {
            var below = table.Tax(seam);
            var above = table.Tax(seam + 0.01m);
            Assert.InRange(above - below, 0m, 0.01m * table.Rate(seam + 0.01m));
        }
    }

    [Theory]
    [InlineData(0, 0, 0.03)]
    [InlineData(36000, 1080, 0.03)]
    [InlineData(36000.01, 1080.001, 0.10)]
    [InlineData(144000, 11880, 0.10)]
    [InlineData(1000000, 268080, 0.45)]
    [InlineData(-500, 0, 0.03)]
    public void Tax_UsesTheBracketOfTheAmount(decimal x, decimal tax, decimal rate)
    {
        var table = Load("iit_brackets");
        Assert.Equal(tax, table.Tax(x));
        Assert.Equal(rate, table.Rate(x));
    }

    [Fact]
    public void Tax_EqualsTheMarginalComputation()
    {
        var table = Load("iit_brackets");
        var marginal = new ScaleTable("m", table.Brackets.Select((b, i) => new ScaleTier(i == 0 ? 0 : table.Brackets[i - 1].UpTo!.Value, false, b.Rate)).ToList());
        foreach (var x in new[] { 1000m, 36000m, 50000m, 300000m, 700000m, 2000000m })
            Assert.Equal(marginal.Marginal(x), table.Tax(x));
    }

    [Fact]
    public void QuickDeductionTypo_StopsTheLoadWithFileLineAndCode()
    {
        using var _ = UiCulture.Use("en");
        using var dir = new Files.Import.TempFolder();
        var text = File.ReadAllText(Repo.Path("rules", "statutory", "cn-iit.yaml")).Replace("rate: 0.20, quick_deduction: 16920", "rate: 0.20, quick_deduction: 16290");
        File.WriteAllText(dir.File("cn-iit.yaml"), text);
        var ex = Assert.Throws<RuleLoadException>(() => PlanLoader.LoadParameterFile(dir.File("cn-iit.yaml")));
        // A wrong quick deduction breaks both seams of its bracket; the first names the line of the typo.
        Assert.Equal(2, ex.Errors.Count);
        var e = ex.Errors[0];
        Assert.Equal("iit_brackets", e.Code);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("16290")) + 1, e.Line);
        Assert.Contains("not continuous at 144000", e.Message);
        Assert.EndsWith("cn-iit.yaml", e.File);
    }

    [Fact]
    public void BracketBoundsThatDoNotAscend_AreReportedAtTheBracket()
    {
        using var _ = UiCulture.Use("en");
        using var dir = new Files.Import.TempFolder();
        var text = File.ReadAllText(Repo.Path("rules", "statutory", "cn-iit.yaml")).Replace("up_to: 300000, rate: 0.20, quick_deduction: 16920", "up_to: 144000, rate: 0.20, quick_deduction: 16920");
        File.WriteAllText(dir.File("cn-iit.yaml"), text);
        var ex = Assert.Throws<RuleLoadException>(() => PlanLoader.LoadParameterFile(dir.File("cn-iit.yaml")));
        var e = ex.Errors[0];
        Assert.Equal("iit_brackets", e.Code);
        Assert.Equal("bracket bounds must ascend: 144000 after 144000.", e.Message);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("up_to: 144000, rate: 0.20")) + 1, e.Line);
    }
}
