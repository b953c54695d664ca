using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// The use case behind <c>paycalc tax</c> (<see cref="TaxQuestion"/>) against every example of statutory-cn.md
/// sections 4-5. It computes with the payroll engine and the shipped what-if plan (rules/statutory/what-if/), so
/// these values come from the same statutory module the payslips use; the last tests hold the two side by side.
/// </summary>
public class TaxWhatIfTests
{
    private static TaxYear Ask(TaxWhatIf q, int year = 2026) => TaxQuestion.Compute(Repo.Path("rules"), q, year);

    private static TaxWhatIf Months(decimal wage, decimal special = 0m, decimal additional = 0m, int from = 1, int to = 3,
        bool firstIncome = false, bool lowIncome = false) => new(wage, special, additional, from, to, firstIncome, lowIncome, 0m, to);

    private static TaxWhatIf Bonus(decimal bonus, decimal wage = 0m) => new(wage, 0m, 0m, 1, 1, false, false, bonus, 1);

    [Theory]
    [InlineData(10000, 1500, 1000, new[] { 75.0, 75.0, 75.0 })]
    [InlineData(30000, 4500, 2000, new[] { 555.0, 625.0, 1850.0 })]
    public void OfficialExamples(decimal wage, decimal special, decimal additional, double[] expected) =>
        Assert.Equal(expected.Select(e => (decimal)e), Ask(Months(wage, special, additional)).Months.Select(m => m.Withholding));

    [Fact]
    public void ThirdMonth_ShowsTheCumulativeSteps()
    {
        var march = Ask(Months(30000m, 4500m, 2000m)).Of(3);
        Assert.Equal(90000m, march.CumulativeIncome);
        Assert.Equal(15000m, march.CumulativeBasicDeduction);
        Assert.Equal(13500m, march.CumulativeSpecialDeductions);
        Assert.Equal(6000m, march.CumulativeAdditionalDeductions);
        Assert.Equal(55500m, march.CumulativeTaxable);
        Assert.Equal(0.10m, march.Rate);
        Assert.Equal(2520m, march.QuickDeduction);
        Assert.Equal(3030m, march.CumulativeTax);
        Assert.Equal(1180m, march.WithheldBefore);
        Assert.Equal(1850m, march.Withholding);
    }

    [Fact]
    public void Bonus36000_Is1080()
    {
        var month = Ask(Bonus(36000m)).Of(1);
        Assert.Equal(1080m, month.BonusSeparateTax);
        Assert.Equal(0.03m, month.BonusRate);
        Assert.Equal(0m, month.BonusDeadZoneStart);
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
        Assert.Equal(start, Ask(Bonus(bonus)).Of(1).BonusDeadZoneStart);

    [Fact]
    public void DeadZone_TheBoundaryBonusTakesHomeMore()
    {
        var answer = Ask(Bonus(38000m));
        Assert.Equal(36000m, answer.Of(1).BonusDeadZoneStart);
        Assert.Equal(1080m, answer.DeadZoneSeparateTax);
        Assert.True(36000m - answer.DeadZoneSeparateTax > 38000m - answer.Of(1).BonusSeparateTax);
    }

    [Fact]
    public void FoldedBonus_IsTheExtraWithholding()
    {
        // 10,000 - 1,500 - 1,000 a month: December's cumulative taxable 30,000; folding 38,000 adds 6,000 at 3 %
        // and 32,000 at 10 % = 180 + 3,200 = 3,380.
        var december = Ask(new TaxWhatIf(10000m, 1500m, 1000m, 1, 12, false, false, 38000m, 12)).Of(12);
        Assert.Equal(3380m, december.BonusFoldedTax);
        Assert.Equal(3590m, december.BonusSeparateTax);
        Assert.Equal(75m, december.Withholding);
    }

    [Fact]
    public void NoRefundInYear_AWageDropWithholdsZero()
    {
        var months = Ask(Months(0m) with { Wages = [40000m, 0m, 0m] }).Months;
        Assert.Equal(1050m, months[0].Withholding);
        Assert.Equal([0m, 0m], months.Skip(1).Select(m => m.Withholding));
    }

    [Fact]
    public void FirstIncomeOfYear_CountsFromJanuary()
    {
        var plain = Ask(Months(20000m, from: 7, to: 7)).Of(7);
        var flagged = Ask(Months(20000m, from: 7, to: 7, firstIncome: true)).Of(7);
        Assert.Equal(5000m, plain.CumulativeBasicDeduction);
        Assert.Equal(450m, plain.Withholding);
        Assert.Equal(35000m, flagged.CumulativeBasicDeduction);
        Assert.Equal(0m, flagged.Withholding);
    }

    [Fact]
    public void PriorYearLowIncome_Deducts60000FromJanuary()
    {
        var months = Ask(Months(8000m, to: 12, lowIncome: true)).Months;
        Assert.Equal(60000m, months[0].CumulativeBasicDeduction);
        Assert.Equal(60000m, months[11].CumulativeBasicDeduction);
        // 96,000 - 60,000 = 36,000 by December, all at 3 %; nothing withheld before month 8 (64,000 > 60,000).
        Assert.Equal(Enumerable.Repeat(0m, 7), months.Take(7).Select(m => m.Withholding));
        Assert.Equal(1080m, months.Sum(m => m.Withholding));
    }

    [Fact]
    public void SeparateTaxation_EndsAfter2027_DataOnly()
    {
        Assert.True(Ask(Bonus(36000m), 2027).Of(1).SeparateBonusAllowed);
        var later = Ask(Bonus(36000m), 2028).Of(1);
        Assert.False(later.SeparateBonusAllowed);
        // Folded into January's wages (no wage): 36,000 - 5,000 = 31,000 x 3 % = 930, which the payslip would deduct.
        Assert.Equal(930m, later.BonusFoldedTax);
        Assert.Equal(-930m, later.Value("annual_bonus_tax"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void PayrollRunAndTaxCommand_WithholdTheSameTax(bool firstIncome, bool lowIncome)
    {
        // Hired in March at 30,000 (contribution base 30,000, housing fund 4.5 %: special deductions 4,500), 2,000
        // special additional; the wage drops in May and rises again in June.
        var run = new NetPay();
        var bases = new[] { 30000m, 30000m, 9000m, 45000m };
        var payslips = bases.Select((b, k) => run.Month(new Period(2026, 3 + k), [NetPay.Agent(baseSalary: b, contributionBase: 30000m,
            hfRate: 0.045m, additional: 2000m, hired: "2026-03-01", firstIncome: firstIncome, lowIncome: lowIncome)]).Payslips.Single()).ToList();
        Assert.All(payslips, s => Assert.Equal(-4500m, s.Amount("pension") + s.Amount("medical") + s.Amount("unemployment") + s.Amount("housing_fund")));

        var q = new TaxWhatIf(0m, 4500m, 2000m, 3, 6, firstIncome, lowIncome, 0m, 6) { Wages = payslips.Select(s => s.Amount("taxable_income")).ToList() };
        var months = Ask(q).Months;

        Assert.Equal(payslips.Select(s => -s.Amount("iit")), months.Select(m => m.Withholding));
        Assert.Equal(payslips.Select(s => s.TraceValue("cumulative_tax")), months.Select(m => m.CumulativeTax));
        Assert.Equal(payslips.Select(s => s.TraceValue("basic_deduction")), months.Select(m => m.CumulativeBasicDeduction));
        Assert.Contains(months, m => m.Withholding > 0);
    }

    [Fact]
    public void BrokenTaxTable_PrintsFileAndLine_Exit1()
    {
        using var rules = new TempFolder();
        Repo.CopyRules(rules.Path);
        var iit = Path.Combine(rules.Path, "statutory", "cn-iit.yaml");
        var text = File.ReadAllText(iit).Replace("rate: 0.20, quick_deduction: 16920", "rate: 0.20, quick_deduction: 16290");
        File.WriteAllText(iit, text);
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = new TaxQuestion(output, errors).Answer(rules.Path, Months(10000m), 2026);

        Assert.Equal(1, code);
        Assert.Equal("", output.ToString());
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("16290")) + 1;
        Assert.Contains($"cn-iit.yaml:{line}: [iit_brackets]", errors.ToString());
    }
}
