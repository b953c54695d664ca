using System.Text;
using PayCalc.Domain.Payroll;

namespace PayCalc.Tests.Payroll;

public sealed class CompactLinesTests
{
    private static readonly PayslipLine[] Templates =
    [
        Template("base_pay", LineCategory.Earning, "base_salary * f"),
        Template("night_allowance", LineCategory.Earning, "night_hours * 30"),
        Template("pension", LineCategory.Deduction, "-si_base * 0.08"),
        Template("employer_pension", LineCategory.Employer, "si_base * 0.16"),
    ];

    private static PayslipLine Template(string code, LineCategory category, string formula) => new()
    {
        Code = code, Name = code + " 名", NameEn = code + " en", Category = category, Amount = 0m, Formula = formula,
    };

    /// <summary>Lines 0, 2 and 3 of the templates (no night shifts this month), explanations with non-ASCII text.</summary>
    private static CompactLines Sample()
    {
        string[] explain = ["5220 × 1.0", "-7546 × 0.08", "7546 × 0.16 ≥ 0"];
        var bytes = explain.Select(Encoding.UTF8.GetBytes).ToList();
        var ends = new int[3];
        for (int i = 0, end = 0; i < 3; i++) ends[i] = end += bytes[i].Length;
        return new CompactLines(Templates, [0, 2, 3], [5220.00m, -603.68m, 1207.36m], bytes.SelectMany(b => b).ToArray(), ends);
    }

    [Fact]
    public void Lines_TakeDescriptionFromTemplateAndAmountAndExplanationOfTheirOwn()
    {
        var lines = Sample();

        Assert.Equal(3, lines.Count);
        Assert.Equal(["base_pay", "pension", "employer_pension"], lines.Select(l => l.Code));
        Assert.Equal([5220.00m, -603.68m, 1207.36m], lines.Select(l => l.Amount));
        Assert.Equal(["5220 × 1.0", "-7546 × 0.08", "7546 × 0.16 ≥ 0"], lines.Select(l => l.Explain));
        Assert.Equal("-si_base * 0.08", lines[1].Formula);
        Assert.Equal(LineCategory.Employer, lines[2].Category);
        Assert.Equal("pension 名", lines[1].Name);
        Assert.Equal("7546 × 0.16 ≥ 0"u8.ToArray(), lines[2].ExplainUtf8.ToArray());
    }

    [Fact]
    public void Lines_EqualTheSameLinesHeldAsObjects()
    {
        var asObjects = Sample().Select(l => new PayslipLine
        {
            Code = l.Code, Name = l.Name, NameEn = l.NameEn, Category = l.Category, Amount = l.Amount, Formula = l.Formula, Explain = l.Explain,
        }).ToList();

        Assert.Equal(asObjects, Sample());
        Assert.NotEqual(asObjects[0] with { Explain = "5220 × 0.8" }, Sample()[0]);
    }

    [Fact]
    public void Constructor_LineWithoutAmount_Throws() =>
        Assert.Throws<ArgumentException>(() => new CompactLines(Templates, [0, 1], [1m], [], [0, 0]));

    [Fact]
    public void Payslip_TotalsFollowTheLinesItIsGiven()
    {
        var payslip = new Payslip { AgentId = "A001", Name = "张三", Team = "T1", Lines = Sample() };

        Assert.Equal(5220.00m, payslip.Gross);
        Assert.Equal(4616.32m, payslip.Net);
        Assert.Equal(6427.36m, payslip.EmployerCost);

        var withBonus = payslip with { Lines = [.. payslip.Lines, Templates[1] with { Amount = 90m, Explain = "3 × 30" }] };
        Assert.Equal(5310.00m, withBonus.Gross);
        Assert.Equal(4706.32m, withBonus.Net);
        Assert.Equal(5220.00m, payslip.Gross);
    }
}
