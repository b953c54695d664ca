using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>tiers:</c> - the plan's tiered rules as the what-if shows them - and checks that each names what exists:
/// its measure a variable or line of the plan, its <c>scale</c> a scale parameter, or its <c>from</c> (and
/// <c>gives</c>) value parameters.
/// </summary>
internal static class TierReader
{
    public static IReadOnlyList<TierDefinition> Read(YamlSequenceNode? node, string file, List<RuleError> errors)
    {
        var result = new List<TierDefinition>();
        if (node is null) return result;
        foreach (var item in node.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(new RuleError(file, YamlMap.LineOf(item), null, "each entry under 'tiers' must be a mapping (code, name, name_en, measure, scale or from)."));
                continue;
            }
            var map = new YamlMap(mapping, file, errors, null);
            var code = map.RequiredText("code");
            map.Code = code;
            var tier = new TierDefinition
            {
                Code = code,
                Name = map.RequiredText("name"),
                NameEn = map.RequiredText("name_en"),
                Measure = map.RequiredText("measure"),
                Scale = map.OptionalText("scale"),
                From = map.OptionalText("from"),
                Gives = map.OptionalText("gives"),
                File = file,
                Line = map.Line,
            };
            map.OptionalText("comment");
            if ((tier.Scale is null) == (tier.From is null))
                map.Error(map.Line, "a tier needs either 'scale' (a scale parameter) or 'from' (a threshold parameter), not both.");
            if (tier.Gives is not null && tier.From is null)
                map.Error(map.LineOfKey("gives"), "'gives' goes with 'from' (what reaching the threshold gives); a scale's tiers carry their own values.");
            map.RejectUnknownKeys();
            result.Add(tier);
        }
        return result;
    }

    /// <summary>Every name a tier uses must exist with the right kind; codes are unique.</summary>
    public static void Validate(PlanDefinition plan, List<RuleError> errors)
    {
        var components = plan.Components.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var parameters = plan.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in plan.Tiers)
        {
            void Error(string message) => errors.Add(new RuleError(t.File, t.Line, t.Code, message));
            if (!codes.Add(t.Code)) Error($"tier '{t.Code}' is defined twice.");
            if (!components.Contains(t.Measure)) Error($"measure '{t.Measure}' is not a variable or line of the plan.");
            if (t.Scale is { } scale && parameters.GetValueOrDefault(scale) is not ScaleParameter)
                Error($"scale '{scale}' is not a scale parameter of the plan.");
            if (t.From is { } from && parameters.GetValueOrDefault(from) is not ValueParameter)
                Error($"from '{from}' is not a value parameter of the plan.");
            if (t.Gives is { } gives && parameters.GetValueOrDefault(gives) is not ValueParameter)
                Error($"gives '{gives}' is not a value parameter of the plan.");
        }
    }
}
