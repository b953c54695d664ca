using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>parameters:</c> (of a plan, an included file or a city profile): each a source and dated values
/// (<c>yyyy-MM-dd: value</c>) of its type - plain number, table, scale, marginal scale or tax brackets.
/// </summary>
internal static class ParameterReader
{
    public static IReadOnlyList<ParameterDefinition> Read(YamlMappingNode? node, string file, List<RuleError> errors)
    {
        var result = new List<ParameterDefinition>();
        if (node is null) return result;
        foreach (var (k, v) in node.Children)
        {
            var name = ((YamlScalarNode)k).Value ?? "";
            if (v is not YamlMappingNode pm)
            {
                errors.Add(new RuleError(file, YamlMap.LineOf(v), name, "a parameter must be a mapping with source and values."));
                continue;
            }
            var map = new YamlMap(pm, file, errors, name);
            var kind = map.OptionalEnum("type", ParameterKind.Value);
            var p = new ParameterDefinition
            {
                Name = name,
                Kind = kind,
                Source = map.RequiredText("source"),
                Unit = map.OptionalEnum("unit", Unit.Any),
                Comment = map.OptionalText("comment"),
                Line = YamlMap.LineOf(k),
                File = file,
            };
            var values = map.OptionalMapping("values");
            if (values is null || values.Children.Count == 0)
                map.Error(pm, "missing 'values': at least one 'yyyy-MM-dd: value' entry.");
            else
                p = ReadDatedValues(p, values, map);
            map.RejectUnknownKeys();
            result.Add(p);
        }
        return result;
    }

    /// <summary>
    /// The dated values. Their order is checked here, not over the read model, because an entry whose value
    /// is not a number still has a date that the next one must follow.
    /// </summary>
    private static ParameterDefinition ReadDatedValues(ParameterDefinition p, YamlMappingNode values, YamlMap map)
    {
        var plain = new List<DatedValue<decimal>>();
        var tables = new List<DatedValue<IReadOnlyDictionary<string, decimal>>>();
        var scales = new List<DatedValue<IReadOnlyList<ScaleTier>>>();
        var brackets = new List<DatedValue<IReadOnlyList<Bracket>>>();
        DateOnly? previous = null;
        foreach (var (k, v) in values.Children)
        {
            var text = ((YamlScalarNode)k).Value ?? "";
            var line = YamlMap.LineOf(k);
            if (!YamlMap.TryDate(text, out var from))
            {
                map.Error(k, $"'{text}' is not an effective date (yyyy-MM-dd).");
                continue;
            }
            // Dated values run from their date to the next one: out of order would make ranges overlap.
            if (previous is { } prev && from <= prev)
                map.Error(k, $"effective date {from:yyyy-MM-dd} is not after the previous one {prev:yyyy-MM-dd}: ranges overlap.");
            previous = from;
            switch (p.Kind)
            {
                case ParameterKind.Value:
                    if (v is YamlScalarNode s && YamlMap.TryDecimal(s.Value, out var d)) plain.Add(new(from, d, line));
                    else map.Error(v, $"value for {text} must be a number.");
                    break;
                case ParameterKind.Table:
                    if (ReadTable(v, map) is { } table) tables.Add(new(from, table, line));
                    break;
                case ParameterKind.Brackets:
                    if (ScaleReader.ReadBrackets(v, map) is { } b) brackets.Add(new(from, b, line));
                    break;
                default:
                    if (ScaleReader.ReadScale(v, map, p.Kind) is { } tiers) scales.Add(new(from, tiers, line));
                    break;
            }
        }
        return p with { Values = plain, Tables = tables, Scales = scales, Brackets = brackets };
    }

    private static IReadOnlyDictionary<string, decimal>? ReadTable(YamlNode node, YamlMap map)
    {
        if (node is not YamlMappingNode m)
        {
            map.Error(node, "a table value must be a mapping of key: number.");
            return null;
        }
        var table = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (k, v) in m.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? "";
            if (v is YamlScalarNode s && YamlMap.TryDecimal(s.Value, out var d)) table[key] = d;
            else map.Error(v, $"table entry '{key}' must be a number.");
        }
        return table;
    }
}
