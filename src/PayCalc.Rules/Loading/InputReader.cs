using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>inputs:</c>: the metrics a plan reads per agent (with their units), text and team metrics, and
/// whether they are required. What they name is checked by <see cref="PlanValidator"/>.
/// </summary>
internal static class InputReader
{
    public static PlanInputs Read(YamlMappingNode? node, string file, List<RuleError> errors, string code)
    {
        if (node is null) return new PlanInputs();
        var map = new YamlMap(node, file, errors, code);
        var metrics = new Dictionary<string, Unit>(StringComparer.Ordinal);
        if (map.OptionalMapping("metrics") is { } m)
            foreach (var (k, v) in m.Children)
            {
                var name = ((YamlScalarNode)k).Value ?? "";
                var unitText = (v as YamlScalarNode)?.Value ?? "";
                if (!YamlMap.TryEnum<Unit>(unitText, out var unit))
                    map.Error(v, $"metric '{name}': unit must be one of {string.Join(", ", Enum.GetNames<Unit>().Select(YamlMap.Snake))}: '{unitText}'.");
                metrics[name] = unit;
            }
        var inputs = new PlanInputs
        {
            Metrics = metrics,
            TextMetrics = map.NameList("text_metrics"),
            TeamMetrics = map.NameList("team_metrics"),
            MetricsRequired = map.OptionalBool("metrics_required", whenMissing: false),
            TeamMetricsRequired = map.OptionalBool("team_metrics_required", whenMissing: false),
            InstallmentTermsFrom = map.OptionalText("installment_terms_from"),
        };
        map.RejectUnknownKeys();
        return inputs;
    }
}
