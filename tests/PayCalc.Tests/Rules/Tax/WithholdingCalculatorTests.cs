using PayCalc.Rules.Tax;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules.Tax;

/// <summary>The tax functions on their own, with rules/statutory/cn-iit.yaml: every example of statutory-cn.md 4-5.</summary>
public class WithholdingCalculatorTests
{
    private static readonly string IitFile = Repo.Path("rules", "statutory", "cn-iit.yaml");
    private static readonly WithholdingCalculator Calculator = WithholdingCalculator.FromFile(IitFile, new DateOnly(2026, 12, 31));

    [Theory]
    [InlineData(10000, 1500, 1000, new[] { 75.0, 75.0, 75.0 })]
    [InlineData(30000, 4500, 2000, new[] { 555.0, 625.0, 1850.0 })]
    public void OfficialExamples(decimal wage, decimal special, decimal additional, double[] expected)
    {
        var months = Calculator.Year(Enumerable.Repeat((wage, special, additional), 3).ToList());
        Assert.Equal(expected.Select(e => (decimal)e), months.Select(m => m.Withholding));
    }

    [Fact]
    public void Bonus36000_Is1080()
    {
        var c = Calculator.Bonus(36000m);
        Assert.Equal(1080m, c.SeparateTax);
        Assert.Equal(0m, c.DeadZoneStart);
    }

    [Theory]
    [InlineData(36001, 36000)]
    [InlineData(38566, 36000)]
    [InlineData(38567, 0)]
    [InlineData(144001, 144000)]
    [InlineData(160499, 144000)]
    [InlineData(160500, 0)]
    [InlineData(960001, 960000)]
    public void DeadZones_StartAtTheBracketBoundary(decimal bonus, decimal start) =>
        Assert.Equal(start, Calculator.Bonus(bonus).DeadZoneStart);

    [Fact]
    public void NoRefundInYear_AWageDropWithholdsZero()
    {
        var months = Calculator.Year([(40000m, 0m, 0m), (0m, 0m, 0m), (0m, 0m, 0m)]);
        Assert.Equal(1050m, months[0].Withholding);
        Assert.Equal([0m, 0m], months.Skip(1).Select(m => m.Withholding));
        Assert.All(months, m => Assert.True(m.Withholding >= 0));
    }

    [Fact]
    public void FirstIncomeOfYear_CountsFromJanuary()
    {
        var plain = Calculator.Year([(20000m, 0m, 0m)], firstMonth: 7);
        var flagged = Calculator.Year([(20000m, 0m, 0m)], firstMonth: 7, firstIncomeOfYear: true);
        Assert.Equal(450m, plain[0].Withholding);
        Assert.Equal(0m, flagged[0].Withholding);
    }

    [Fact]
    public void SeparateTaxation_EndsAfter2027_DataOnly()
    {
        Assert.True(WithholdingCalculator.FromFile(IitFile, new DateOnly(2027, 12, 31)).SeparateBonusAllowed);
        var later = WithholdingCalculator.FromFile(IitFile, new DateOnly(2028, 1, 1));
        Assert.False(later.SeparateBonusAllowed);
        Assert.Equal(later.Bonus(36000m).FoldedTax, later.Bonus(36000m).SeparateTax);
    }
}
