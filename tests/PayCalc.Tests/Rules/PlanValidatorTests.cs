using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// The checks of meaning made over the read plan (names, references, city profiles) that no other test pins:
/// each stops the load with the file, line and code of the offending definition.
/// </summary>
public class PlanValidatorTests
{
    private static readonly string Original = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Original);
        return Original.Replace(from, to);
    }

    private static IReadOnlyList<RuleError> Errors(string yaml) =>
        Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans"))).Errors;

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    [Fact]
    public void ComponentCode_NotAnIdentifier_NamesTheRule()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("  - code: OT\n", "  - code: 2OT\n");
        var e = Assert.Single(Errors(yaml), x => x.Code == "2OT");
        Assert.Equal("plan.yaml", e.File);
        Assert.Equal(LineOf(yaml, "- code: 2OT"), e.Line);
        Assert.Equal("component name '2OT' must be letters, digits and _ and start with a letter.", e.Message);
    }

    [Fact]
    public void FlagDefinedTwice_ReportsTheSecond()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("  - code: no_shifts\n", "  - code: overtime_over_36h\n");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal(("plan.yaml", "overtime_over_36h", "flag 'overtime_over_36h' is defined twice."), (e.File, e.Code, e.Message));
        Assert.Equal(LineOf(yaml, "when: shifts.Count() == 0"), e.Line);
    }

    [Fact]
    public void InstallmentTermsFrom_NotATable_IsALoadError()
    {
        using var _ = UiCulture.Use("en");
        var e = Assert.Single(Errors(Replace("installment_terms_from: installment_rate", "installment_terms_from: overtime_rate")));
        Assert.Equal(("plan.yaml", 1, "overtime_rate"), (e.File, e.Line, e.Code));
        Assert.Equal("inputs.installment_terms_from names 'overtime_rate', which is not a table parameter.", e.Message);
    }

    [Fact]
    public void CityParameterWithAType_IsALoadError()
    {
        using var _ = UiCulture.Use("en");
        using var dir = new TempFolder();
        foreach (var file in Directory.GetFiles(Repo.Path("rules", "statutory", "cities"), "*.yaml"))
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        var beijing = Path.Combine(dir.Path, "beijing.yaml");
        var text = File.ReadAllText(beijing).Replace("  si_base_floor:\n", "  si_base_floor:\n    type: value\n");
        File.WriteAllText(beijing, text.Replace("  si_base_ceiling:\n", "  si_base_ceiling:\n    type: scale\n"));
        var yaml = Replace("directory: ../statutory/cities", $"directory: {dir.Path}");

        // Its values are then read as a scale and fail too; the validator adds one error naming the rule.
        var e = Assert.Single(Errors(yaml), x => x.Message.StartsWith("a city parameter", StringComparison.Ordinal));
        Assert.EndsWith("beijing.yaml", e.File);
        Assert.Equal(("si_base_ceiling", "a city parameter is a plain dated value (no type)."), (e.Code, e.Message));
        Assert.Equal(LineOf(File.ReadAllText(beijing), "  si_base_ceiling:"), e.Line);
    }

    [Fact]
    public void UnclosedFlowMapping_IsAnErrorAtItsLine_NotACrash()
    {
        // YamlDotNet reports most syntax errors itself; an unclosed flow mapping inside a list made it throw an
        // InvalidOperationException instead, which escaped the loader.
        var yaml = Replace("        - { from: 0, value: 0 }\n", "        - { from: zz\n");

        var e = Assert.Single(Errors(yaml));

        Assert.Equal("plan.yaml", e.File);
        Assert.InRange(e.Line, LineOf(yaml, "- { from: zz"), LineOf(yaml, "- { from: zz") + 2);
    }

    [Fact]
    public void EffectiveToBeforeFrom_PointsAtTheEffectiveMapping()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("effective:\n  from: 2026-01-01\n", "effective:\n  from: 2026-01-01\n  to: 2025-12-31\n");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("plan.yaml", e.File);
        Assert.Equal(LineOf(yaml, "from: 2026-01-01"), e.Line);
        Assert.Equal("bank-card-center", e.Code);
        Assert.Equal("effective 'to' 2025-12-31 is before 'from' 2026-01-01.", e.Message);
    }

    [Fact]
    public void DefaultCityWithoutProfile_PointsAtTheCitiesMapping()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("  default: shanghai\n", "  default: atlantis\n");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("plan.yaml", e.File);
        Assert.Equal(LineOf(yaml, "directory: ../statutory/cities"), e.Line);
        Assert.Equal("bank-card-center", e.Code);
        Assert.StartsWith("default city 'atlantis' has no profile; profiles: ", e.Message);
        Assert.Contains("shanghai", e.Message);
    }
}
