using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>inputs:</c>: the metrics a plan reads per agent (with their units and, optionally, the Chinese header of
/// their column), text and team metrics, and whether they are required. What they name is checked by <see cref="PlanValidator"/>.
/// </summary>
internal static class InputReader
{
    public static PlanInputs Read(YamlMappingNode? node, string file, List<RuleError> errors, string code)
    {
        if (node is null) return new PlanInputs();
        var map = new YamlMap(node, file, errors, code);
        var metrics = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var metricHeaders = new Headers(map);
        if (map.OptionalMapping("metrics") is { } m)
            foreach (var (k, v) in m.Children)
            {
                var name = ((YamlScalarNode)k).Value ?? "";
                metricHeaders.Names.Add(name);
                // Short form `name: unit`, or `name: { unit: money, header: 赔偿金额 }`.
                var unitNode = v;
                var unitText = (v as YamlScalarNode)?.Value ?? "";
                if (v is YamlMappingNode detail)
                {
                    var entry = map.Nested(detail);
                    unitText = entry.RequiredText("unit");
                    unitNode = entry.Node("unit") ?? v;
                    if (entry.Node("header") is { } header) metricHeaders.Add(name, header);
                    entry.RejectUnknownKeys();
                }
                if (!YamlMap.TryEnum<Unit>(unitText, out var unit) && !(v is YamlMappingNode && unitText.Length == 0))
                    map.Error(unitNode, RuleMessages.Format("Load_MetricUnit", name, string.Join(", ", Enum.GetNames<Unit>().Select(YamlMap.Snake)), unitText));
                metrics[name] = unit;
            }
        // Text metrics are columns of the same metrics file: their headers are checked with the numeric ones.
        var textMetrics = ReadNamesWithHeaders(map, "text_metrics", RuleMessages.Get("Word_TextMetric"), "年度考评", metricHeaders);
        metricHeaders.Check();
        var teamHeaders = new Headers(map);
        var teamMetrics = ReadNamesWithHeaders(map, "team_metrics", RuleMessages.Get("Word_TeamMetric"), "退款率", teamHeaders);
        teamHeaders.Check();
        var inputs = new PlanInputs
        {
            Metrics = metrics,
            MetricHeaders = metricHeaders.ByName,
            TextMetrics = textMetrics,
            TeamMetrics = teamMetrics,
            TeamMetricHeaders = teamHeaders.ByName,
            MetricsRequired = map.OptionalBool("metrics_required", whenMissing: false),
            TeamMetricsRequired = map.OptionalBool("team_metrics_required", whenMissing: false),
            InstallmentTermsFrom = map.OptionalText("installment_terms_from"),
        };
        map.RejectUnknownKeys();
        return inputs;
    }

    /// <summary>A list of names (<c>[refund_rate, dsr]</c>), or a mapping whose entries may give a header
    /// (<c>dsr: { header: DSR评分 }</c>), added to <paramref name="headers"/>.</summary>
    private static IReadOnlyList<string> ReadNamesWithHeaders(YamlMap map, string key, string what, string example, Headers headers)
    {
        var node = map.Node(key);
        if (node is not YamlMappingNode m)
        {
            var list = map.NameList(key);
            foreach (var name in list) headers.Names.Add(name);
            return list;
        }
        var names = new List<string>();
        foreach (var (k, v) in m.Children)
        {
            var name = ((YamlScalarNode)k).Value ?? "";
            names.Add(name);
            headers.Names.Add(name);
            if (v is YamlMappingNode detail)
            {
                var entry = map.Nested(detail);
                if (entry.Node("header") is { } header) headers.Add(name, header);
                entry.RejectUnknownKeys();
            }
            else if (v is not YamlScalarNode { Value: null or "" })
                map.Error(v, RuleMessages.Format("Load_MetricHeaderShape", what, name, example));
        }
        return names;
    }

    /// <summary>
    /// The headers of one file's columns: each non-empty text, and none equal (ignoring case, as the import matches
    /// headers) to another column's header or name, or the import could not tell the columns apart.
    /// </summary>
    private sealed class Headers(YamlMap map)
    {
        private readonly List<(string Name, string Header, YamlNode Node)> _declared = [];

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ByName { get; } = new(StringComparer.Ordinal);

        public void Add(string name, YamlNode node)
        {
            if (node is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text) || text.Trim() != text)
            {
                map.Error(node, RuleMessages.Format("Load_MetricHeaderText", name));
                return;
            }
            _declared.Add((name, text, node));
        }

        public void Check()
        {
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in Names) seen[name] = name;
            foreach (var (name, header, node) in _declared)
            {
                if (seen.TryGetValue(header, out var other) && other != name)
                {
                    map.Error(node, RuleMessages.Format("Load_MetricHeaderTaken", name, header, other));
                    continue;
                }
                seen[header] = name;
                ByName[name] = header;
            }
        }
    }
}
