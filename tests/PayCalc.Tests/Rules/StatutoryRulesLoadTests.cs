using PayCalc.Domain;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// The statutory files as data: a broken one stops the load with file:line and code, and next year's numbers are
/// a data change only (a copy of rules/ with one more dated value changes the result, no C# touched).
/// </summary>
public class StatutoryRulesLoadTests
{
    /// <summary>A copy of rules/ in a temporary folder.</summary>
    private static TempFolder CopyOfRules()
    {
        var dir = new TempFolder();
        Repo.CopyRules(dir.Path);
        return dir;
    }

    private static string PlanIn(TempFolder dir) => Path.Combine(dir.Path, "plans", "bank-card-center.yaml");

    [Fact]
    public void NextContributionYear_IsADataChange()
    {
        using var dir = CopyOfRules();
        var shanghai = Path.Combine(dir.Path, "statutory", "cities", "shanghai.yaml");
        File.WriteAllText(shanghai, File.ReadAllText(shanghai).Replace("      2026-07-01: 7546\n", "      2026-07-01: 7546\n      2026-12-01: 8000\n"));
        var definition = PlanLoader.Load(PlanIn(dir));
        var agent = NetPay.Agent(baseSalary: 5000m);

        var november = new NetPay(p => PlanCompiler.Compile(definition, p)).Month(new Period(2026, 11), [agent]).Payslips.Single();
        var december = new NetPay(p => PlanCompiler.Compile(definition, p)).Month(new Period(2026, 12), [agent]).Payslips.Single();
        Assert.Equal(-603.68m, november.Amount("pension"));
        Assert.Equal(-640m, december.Amount("pension"));
    }

    [Fact]
    public void NewBasicDeduction_IsADataChange()
    {
        using var dir = CopyOfRules();
        var iit = Path.Combine(dir.Path, "statutory", "cn-iit.yaml");
        File.WriteAllText(iit, File.ReadAllText(iit).Replace("      2019-01-01: 5000\n", "      2019-01-01: 5000\n      2026-12-01: 6000\n"));
        var definition = PlanLoader.Load(PlanIn(dir));
        var slip = new NetPay(p => PlanCompiler.Compile(definition, p)).Month(new Period(2026, 12), [NetPay.Agent(baseSalary: 20000m, hired: "2026-12-01")]).Payslips.Single();
        Assert.Equal(6000m, slip.TraceValue("basic_deduction"));
    }

    [Fact]
    public void CityMissingAParameter_StopsTheLoadNamingFileAndCode()
    {
        using var dir = CopyOfRules();
        var shenzhen = Path.Combine(dir.Path, "statutory", "cities", "shenzhen.yaml");
        var lines = File.ReadAllLines(shenzhen).ToList();
        var start = lines.FindIndex(l => l == "  medical_fixed_amount:");
        lines.RemoveRange(start, 5);
        File.WriteAllLines(shenzhen, lines);
        var ex = Assert.Throws<RuleLoadException>(() => PlanLoader.Load(PlanIn(dir)));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("medical_fixed_amount", e.Code);
        Assert.EndsWith("shenzhen.yaml", e.File);
    }

    [Fact]
    public void CityParameterTypo_StopsTheLoadWithTheLine()
    {
        using var dir = CopyOfRules();
        var beijing = Path.Combine(dir.Path, "statutory", "cities", "beijing.yaml");
        var text = File.ReadAllText(beijing).Replace("      2026-07-01: 7270", "      2026-07-01: 7,270");
        File.WriteAllText(beijing, text);
        var ex = Assert.Throws<RuleLoadException>(() => PlanLoader.Load(PlanIn(dir)));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("si_base_floor", e.Code);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("2026-07-01: 7,270")) + 1, e.Line);
    }

    [Fact]
    public void MissingInclude_IsALoadError()
    {
        using var _ = UiCulture.Use("en");
        var text = File.ReadAllText(NetPay.PlanPath).Replace("../statutory/cn-labour.yaml", "../statutory/cn-labor.yaml");
        var ex = Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(text, NetPay.PlanPath));
        Assert.Contains(ex.Errors, e => e.Message.Contains("cn-labor.yaml") && e.Message.Contains("does not exist"));
    }

    [Fact]
    public void HistoryOfAVariable_IsRefused()
    {
        using var _ = UiCulture.Use("en");
        // The statutory history lives in the module (rules/statutory/cn-payroll.yaml); a plan's own history is checked the same way.
        var original = File.ReadAllText(NetPay.PlanPath);
        Assert.Contains("\nhistory:\n", original);
        var text = original.Replace("\nhistory:\n", "\nhistory:\n  ytd_income_check:\n    lines: [cumulative_income]\n");
        var ex = Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(text, NetPay.PlanPath));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("ytd_income_check", e.Code);
        Assert.Contains("variable", e.Message);
    }

    [Theory]
    [InlineData("beijing")]
    [InlineData("guangzhou")]
    [InlineData("shanghai")]
    [InlineData("shenzhen")]
    public void EveryCity_HasEveryParameterWithASource(string city)
    {
        var plan = PlanLoader.Load(NetPay.PlanPath);
        var profile = plan.Cities.Single(c => c.Code == city);
        Assert.Equal(plan.Cities[0].Parameters.Select(p => p.Name).Order(), profile.Parameters.Select(p => p.Name).Order());
        Assert.All(profile.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        var compiled = PlanCompiler.Compile(plan, new Period(2026, 10));
        Assert.Equal(profile.Parameters.Count, compiled.CityValues[city].Length);
    }
}
