using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// A plan's <c>tiers:</c> say which of its rules are tiered for the agent's what-if: the value measured and where the
/// tiers begin. Every name is checked at load; a wrong one stops the load at the tier's line with its code.
/// </summary>
public class TierLoadTests
{
    private static readonly string Bank = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));

    private static PlanDefinition Load(string yaml) => PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans"));

    private static RuleError LoadError(string yaml) =>
        Assert.Single(Assert.Throws<RuleLoadException>(() => Load(yaml)).Errors);

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    private static string Replace(string original, string from, string to)
    {
        Assert.Contains(from, original);
        return original.Replace(from, to);
    }

    [Fact]
    public void ShippedPlan_DeclaresTheAcceleratorAndTheKpiCoefficient()
    {
        var tiers = Load(Bank).Tiers;

        Assert.Equal(["accelerator", "kpi_coefficient"], tiers.Select(t => t.Code));
        Assert.Equal(("sales_volume", "accelerator_threshold", "accelerator_rate"), (tiers[0].Measure, tiers[0].From, tiers[0].Gives));
        Assert.Equal(("kpi_score", "kpi_coefficient_scale"), (tiers[1].Measure, tiers[1].Scale));
    }

    [Theory]
    [InlineData("    measure: sales_volume\n", "    measure: sales_volum\n", "measure 'sales_volum' is not a variable or line")]
    [InlineData("    scale: kpi_coefficient_scale\n", "    scale: accelerator_rate\n", "scale 'accelerator_rate' is not a scale parameter")]
    [InlineData("    from: accelerator_threshold\n", "    from: kpi_coefficient_scale\n", "from 'kpi_coefficient_scale' is not a value parameter")]
    [InlineData("    gives: accelerator_rate\n", "    gives: accelerator_rat\n", "gives 'accelerator_rat' is not a value parameter")]
    public void UnknownName_StopsTheLoadAtTheTier(string from, string to, string message)
    {
        var yaml = Replace(Bank, from, to);

        var e = LoadError(yaml);

        Assert.Contains(message, e.Message);
        Assert.Equal("plan.yaml", e.File);
        Assert.True(e.Line > LineOf(yaml, "tiers:"), $"line {e.Line}");
    }

    [Fact]
    public void Tier_WithBothScaleAndFrom_StopsTheLoad()
    {
        var yaml = Replace(Bank, "    scale: kpi_coefficient_scale\n", "    scale: kpi_coefficient_scale\n    from: accelerator_threshold\n");

        var e = LoadError(yaml);

        Assert.Equal("kpi_coefficient", e.Code);
        Assert.Contains("either 'scale'", e.Message);
        Assert.Equal(LineOf(yaml[yaml.IndexOf("tiers:", StringComparison.Ordinal)..], "  - code: kpi_coefficient") + LineOf(yaml, "tiers:") - 1, e.Line);
    }
}
