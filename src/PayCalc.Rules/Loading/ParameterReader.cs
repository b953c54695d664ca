using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>parameters:</c> (of a plan, an included file or a city profile): each a source and dated values
/// (<c>yyyy-MM-dd: value</c>) of its type - plain number, table, scale, marginal scale or tax brackets - into the
/// <see cref="ParameterDefinition"/> of that kind. Tier and bracket order and continuity are checked by
/// <see cref="ParameterValidator"/>.
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
                errors.Add(new RuleError(file, YamlMap.LineOf(v), name, RuleMessages.Get("Load_ParameterNotMapping")));
                continue;
            }
            var map = new YamlMap(pm, file, errors, name);
            var type = map.OptionalEnum("type", ParameterType.Value);
            var source = map.RequiredText("source");
            var unit = map.OptionalEnum("unit", Unit.Any);
            var comment = map.OptionalText("comment");
            var values = map.OptionalMapping("values");
            if (values is null || values.Children.Count == 0)
                map.Error(pm, "missing 'values': at least one 'yyyy-MM-dd: value' entry.");
            var line = YamlMap.LineOf(k);
            var marginal = type == ParameterType.MarginalScale;
            ParameterDefinition p = type switch
            {
                ParameterType.Value => new ValueParameter
                {
                    Name = name, Source = source, Unit = unit, Comment = comment, Line = line, File = file,
                    Values = ReadDatedValues<decimal>(values, map, (n, date, add) =>
                    {
                        if (n is YamlScalarNode s && YamlMap.TryDecimal(s.Value, out var d)) add(d);
                        else map.Error(n, RuleMessages.Format("Load_ValueNotNumber", date));
                    }),
                },
                ParameterType.Table => new TableParameter
                {
                    Name = name, Source = source, Unit = unit, Comment = comment, Line = line, File = file,
                    Values = ReadDatedValues<IReadOnlyDictionary<string, decimal>>(values, map, (n, _, add) =>
                    {
                        if (ReadTable(n, map) is { } table) add(table);
                    }),
                },
                ParameterType.Brackets => new BracketParameter
                {
                    Name = name, Source = source, Unit = unit, Comment = comment, Line = line, File = file,
                    Values = ReadDatedValues<IReadOnlyList<Bracket>>(values, map, (n, _, add) =>
                    {
                        if (ScaleReader.ReadBrackets(n, map) is { } brackets) add(brackets);
                    }),
                },
                _ => new ScaleParameter
                {
                    Name = name, Source = source, Unit = unit, Comment = comment, Line = line, File = file, Marginal = marginal,
                    Values = ReadDatedValues<IReadOnlyList<ScaleTier>>(values, map, (n, _, add) =>
                    {
                        if (ScaleReader.ReadScale(n, map, marginal) is { } tiers) add(tiers);
                    }),
                },
            };
            map.RejectUnknownKeys();
            result.Add(p);
        }
        return result;
    }

    /// <summary>
    /// The dated values (none when <paramref name="values"/> is missing): <paramref name="read"/> gets each entry's
    /// node and date text, reports its own errors and calls <c>add</c> when the value is valid. Their order is checked
    /// here, not over the read model, because an entry whose value is not valid still has a date that the next one
    /// must follow.
    /// </summary>
    private static IReadOnlyList<DatedValue<T>> ReadDatedValues<T>(YamlMappingNode? values, YamlMap map, Action<YamlNode, string, Action<T>> read)
    {
        var result = new List<DatedValue<T>>();
        if (values is null) return result;
        DateOnly? previous = null;
        foreach (var (k, v) in values.Children)
        {
            var text = ((YamlScalarNode)k).Value ?? "";
            if (!YamlMap.TryDate(text, out var from))
            {
                map.Error(k, RuleMessages.Format("Load_NotEffectiveDate", text));
                continue;
            }
            // Dated values run from their date to the next one: out of order would make ranges overlap.
            if (previous is { } prev && from <= prev)
                map.Error(k, RuleMessages.Format("Load_DatesOverlap", RuleMessages.Iso(from), RuleMessages.Iso(prev)));
            previous = from;
            var line = YamlMap.LineOf(k);
            read(v, text, value => result.Add(new(from, value, line)));
        }
        return result;
    }

    private static IReadOnlyDictionary<string, decimal>? ReadTable(YamlNode node, YamlMap map)
    {
        if (node is not YamlMappingNode m)
        {
            map.Error(node, RuleMessages.Get("Load_TableNotMapping"));
            return null;
        }
        var table = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (k, v) in m.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? "";
            if (v is YamlScalarNode s && YamlMap.TryDecimal(s.Value, out var d)) table[key] = d;
            else map.Error(v, RuleMessages.Format("Load_TableEntryNotNumber", key));
        }
        return table;
    }
}
