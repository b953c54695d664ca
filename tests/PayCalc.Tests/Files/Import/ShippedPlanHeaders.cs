using PayCalc.Files.Import;
using PayCalc.Rules.Loading;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>
/// Import options with the Chinese headers the two shipped plans declare, as a run of either plan passes them: files
/// headed like the examples import the same as in a run.
/// </summary>
public static class ShippedPlanHeaders
{
    public static ImportOptions Options { get; } = Build();

    private static ImportOptions Build()
    {
        var bank = PlanLoader.Load(Repo.Path("rules", "plans", "bank-card-center.yaml")).Inputs;
        var ecommerce = PlanLoader.Load(Repo.Path("rules", "plans", "ecommerce-aftersales.yaml")).Inputs;
        return ImportOptions.Default with
        {
            MetricHeaders = bank.MetricHeaders.Concat(ecommerce.MetricHeaders).DistinctBy(h => h.Key).ToDictionary(),
            TeamMetricHeaders = ecommerce.TeamMetricHeaders,
        };
    }
}
