using PayCalc.Files.Import;
using PayCalc.Rules.Compilation;

namespace PayCalc.Application;

/// <summary>
/// The plan informs the import: the Chinese headers its metrics and team metrics declare are the column aliases of
/// those files (the plan is loaded before the folder is read for this reason).
/// </summary>
internal static class PlanHeaders
{
    public static ImportOptions Apply(ImportOptions options, CompiledPlan plan) => options with
    {
        MetricHeaders = plan.Definition.Inputs.MetricHeaders,
        TeamMetricHeaders = plan.Definition.Inputs.TeamMetricHeaders,
    };
}
