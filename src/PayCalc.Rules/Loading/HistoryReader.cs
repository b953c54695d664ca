using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>history:</c> (of a plan or a module): values summed from earlier months' stored lines or counted in
/// months, with their window and optional opening balance. That the lines exist is checked by <see cref="PlanValidator"/>.
/// </summary>
internal static class HistoryReader
{
    public static IReadOnlyList<HistoryDefinition> Read(YamlMappingNode? node, string file, List<RuleError> errors)
    {
        var result = new List<HistoryDefinition>();
        if (node is null) return result;
        foreach (var (k, v) in node.Children)
        {
            var name = ((YamlScalarNode)k).Value ?? "";
            if (v is not YamlMappingNode hm)
            {
                errors.Add(new RuleError(file, YamlMap.LineOf(v), name, RuleMessages.Get("Load_HistoryNotMapping")));
                continue;
            }
            var map = new YamlMap(hm, file, errors, name);
            var lines = map.NameList("lines");
            var months = map.OptionalBool("months", whenMissing: false);
            OpeningField? opening = map.OptionalText("opening") is { } o
                ? YamlMap.TryEnum<OpeningField>(o, out var field) ? field : Fail(map, hm, RuleMessages.Format("Load_HistoryOpening", string.Join(", ", Enum.GetNames<OpeningField>().Select(YamlMap.Snake)), o))
                : null;
            var h = new HistoryDefinition
            {
                Name = name,
                Lines = lines,
                CountsMonths = months,
                ByMonth = map.OptionalBool("by_month", whenMissing: false),
                Negate = map.OptionalBool("negate", whenMissing: false),
                Opening = opening,
                Window = map.OptionalEnum("window", HistoryWindow.Year),
                Unit = map.OptionalEnum("unit", months ? Unit.Count : Unit.Money),
                Comment = map.OptionalText("comment"),
                File = file,
                Line = YamlMap.LineOf(k),
            };
            if ((lines.Count > 0) == months) map.Error(hm, RuleMessages.Get("Load_HistoryLinesOrMonths"));
            if (opening is not null && h.Window != HistoryWindow.Year) map.Error(hm, RuleMessages.Get("Load_HistoryOpeningNeedsYear"));
            if (h.ByMonth && (months || opening is not null)) map.Error(hm, RuleMessages.Get("Load_HistoryByMonth"));
            map.RejectUnknownKeys();
            result.Add(h);
        }
        return result;

        static OpeningField? Fail(YamlMap map, YamlNode node, string message)
        {
            map.Error(node, message);
            return null;
        }
    }
}
