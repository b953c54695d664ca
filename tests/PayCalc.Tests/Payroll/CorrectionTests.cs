using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Tests.Payroll;

public class CorrectionTests
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11);

    private static PayslipLine Line(string code, LineCategory category, decimal amount) =>
        new() { Code = code, Name = code, NameEn = code, Category = category, Amount = amount, Formula = "", Explain = "" };

    private static Payslip Slip(string agent, params PayslipLine[] lines) => new() { AgentId = agent, Name = "", Team = "T1", Lines = lines };

    [Fact]
    public void Differences_EarningAndDeductionLines_SumToRecomputedNetMinusPaidNet()
    {
        var paid = new[]
        {
            ("A001", "base_pay", LineCategory.Earning, 5220m), ("A001", "overtime_pay", LineCategory.Earning, 990m),
            ("A001", "iit", LineCategory.Deduction, -10.20m), ("A001", "kpi_score", LineCategory.Info, 87.19m),
            ("A002", "base_pay", LineCategory.Earning, 4000m), ("A002", "pk_award", LineCategory.Earning, 300m),
        };
        var recomputed = new[]
        {
            Slip("A001", Line("base_pay", LineCategory.Earning, 5220m), Line("overtime_pay", LineCategory.Earning, 1035m),
                Line("kpi_score", LineCategory.Info, 90m), Line("iit", LineCategory.Deduction, -11.55m)),
            Slip("A002", Line("base_pay", LineCategory.Earning, 4000m)),
            Slip("A003", Line("base_pay", LineCategory.Earning, 1200m)),
        };

        var adjustments = Correction.Differences(October, November, paid, recomputed, []);

        Assert.Equal(
        [
            ("A001", "overtime_pay", 45m, LineCategory.Earning), ("A001", "iit", -1.35m, LineCategory.Deduction),
            ("A002", "pk_award", -300m, LineCategory.Earning), ("A003", "base_pay", 1200m, LineCategory.Earning),
        ], adjustments.Select(a => (a.AgentId, a.LineCode, a.Amount, a.Category)));
        Assert.Equal(1035m + 5220m - 11.55m - (990m + 5220m - 10.20m), adjustments.Where(a => a.AgentId == "A001").Sum(a => a.Amount));
        Assert.All(adjustments, a => Assert.Equal(November, a.PaidIn));
    }

    [Fact]
    public void Differences_PostedBefore_CountAsPaid()
    {
        var paid = new[] { ("A001", "overtime_pay", LineCategory.Earning, 990m) };
        var first = new Adjustment { CorrectedPeriod = October, PaidIn = November, AgentId = "A001", LineCode = "overtime_pay", Category = LineCategory.Earning, Before = 990m, After = 1035m };
        var recomputed = new[] { Slip("A001", Line("overtime_pay", LineCategory.Earning, 1080m)) };

        var second = Assert.Single(Correction.Differences(October, November, paid, recomputed, [first]));

        Assert.Equal((1035m, 1080m, 45m), (second.Before, second.After, second.Amount));
        Assert.Equal("2026-10 overtime_pay: 1,035.00 -> 1,080.00", second.Explain);
    }

    [Fact]
    public void AddTo_AppendsLinesAndFlagsAgentsWithoutPayslip()
    {
        var result = new PayrollResult
        {
            Period = November, PlanCode = "p", PlanVersion = "1",
            LineDefinitions = [new LineDefinition("base_pay", "基本工资", "Base pay", LineCategory.Earning)],
            Payslips = [Slip("A001", Line("base_pay", LineCategory.Earning, 5000m))],
        };
        Adjustment Adj(string agent, string code, LineCategory c, decimal before, decimal after) =>
            new() { CorrectedPeriod = October, PaidIn = November, AgentId = agent, LineCode = code, Category = c, Before = before, After = after };

        var paid = Correction.AddTo(result, [Adj("A001", "overtime_pay", LineCategory.Earning, 990m, 1035m), Adj("A001", "iit", LineCategory.Deduction, -10m, -12m),
            Adj("A009", "base_pay", LineCategory.Earning, 100m, 200m)]);

        var slip = paid.Payslips.Single();
        Assert.Equal(["base_pay", "adjustment", "adjustment"], slip.Lines.Select(l => l.Code));
        Assert.Equal((5045m, 5043m), (slip.Gross, slip.Net));
        Assert.Equal("adjustment", paid.LineDefinitions.Last().Code);
        Assert.Single(paid.Flags, f => f.AgentId == "A009" && f.Code == "adjustment_not_paid");
    }
}
