using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PayCalc.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads a plan file into a <see cref="PlanDefinition"/>. Structure is checked here (keys, dates,
/// numbers, duplicates); expressions are checked by the compiler. All problems are collected and
/// thrown together as a <see cref="RuleLoadException"/>.
/// </summary>
public static partial class PlanLoader
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    public static PlanDefinition Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Parse(System.Text.Encoding.UTF8.GetString(bytes), path, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public static PlanDefinition Parse(string yaml, string file, string sha256 = "")
    {
        var errors = new List<RuleError>();
        var root = ReadRoot(yaml, file, errors);
        if (root is null) throw new RuleLoadException(errors);

        var map = new YamlMap(root, file, errors, null);
        var code = map.RequiredText("plan");
        map.Code = code;
        var plan = new PlanDefinition
        {
            Code = code,
            Name = map.RequiredText("name"),
            NameEn = map.RequiredText("name_en"),
            Version = map.RequiredText("version"),
            EffectiveFrom = DateOnly.MinValue,
            Calendar = map.RequiredText("calendar"),
            File = file,
            FileSha256 = sha256,
        };
        map.OptionalText("source");
        map.OptionalText("comment");

        var effective = map.OptionalMapping("effective");
        if (effective is null) map.Error(map.Line, "missing required key 'effective' (from, optional to).");
        else
        {
            var e = new YamlMap(effective, file, errors, code);
            var from = e.OptionalDate("from");
            if (from is null && e.Node("from") is null) e.Error(effective, "missing required key 'from'.");
            var to = e.OptionalDate("to");
            if (from is { } f && to is { } t && t < f) e.Error(effective, $"effective 'to' {t:yyyy-MM-dd} is before 'from' {f:yyyy-MM-dd}.");
            e.RejectUnknownKeys();
            plan = plan with { EffectiveFrom = from ?? DateOnly.MinValue, EffectiveTo = to };
        }

        plan = plan with
        {
            Inputs = ReadInputs(map.OptionalMapping("inputs"), file, errors, code),
            Parameters = ReadParameters(map.OptionalMapping("parameters"), file, errors),
            Components = ReadComponents(map.OptionalSequence("components"), file, errors),
            Flags = ReadFlags(map.OptionalSequence("flags"), file, errors),
        };
        map.RejectUnknownKeys();
        CheckNames(plan, errors);

        if (errors.Count > 0) throw new RuleLoadException(errors);
        return plan;
    }

    internal static YamlMappingNode? ReadRoot(string yaml, string file, List<RuleError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // Duplicate keys and syntax errors arrive here with their position.
            errors.Add(new RuleError(file, (int)ex.Start.Line, null, ex.InnerException?.Message ?? ex.Message));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new RuleError(file, 1, null, "the file must be a YAML mapping."));
            return null;
        }
        return root;
    }

    private static PlanInputs ReadInputs(YamlMappingNode? node, string file, List<RuleError> errors, string code)
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
            TextMetrics = ReadNameList(map, "text_metrics"),
            TeamMetrics = ReadNameList(map, "team_metrics"),
            MetricsRequired = map.OptionalBool("metrics_required", whenMissing: false),
            TeamMetricsRequired = map.OptionalBool("team_metrics_required", whenMissing: false),
            InstallmentTermsFrom = map.OptionalText("installment_terms_from"),
        };
        map.RejectUnknownKeys();
        return inputs;
    }

    private static IReadOnlyList<string> ReadNameList(YamlMap map, string key) =>
        map.OptionalSequence(key)?.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList() ?? [];

    private static IReadOnlyList<ParameterDefinition> ReadParameters(YamlMappingNode? node, string file, List<RuleError> errors)
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

    private static ParameterDefinition ReadDatedValues(ParameterDefinition p, YamlMappingNode values, YamlMap map)
    {
        var plain = new List<DatedValue<decimal>>();
        var tables = new List<DatedValue<IReadOnlyDictionary<string, decimal>>>();
        var scales = new List<DatedValue<IReadOnlyList<ScaleTier>>>();
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
                default:
                    if (ReadScale(v, map, p.Kind) is { } tiers) scales.Add(new(from, tiers, line));
                    break;
            }
        }
        return p with { Values = plain, Tables = tables, Scales = scales };
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

    private static IReadOnlyList<ScaleTier>? ReadScale(YamlNode node, YamlMap map, ParameterKind kind)
    {
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            map.Error(node, "a scale must be a non-empty list of tiers: { from: n, value: x } or { above: n, value: x }.");
            return null;
        }
        var tiers = new List<ScaleTier>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode tm)
            {
                map.Error(item, "a tier must be a mapping.");
                continue;
            }
            var tierErrors = new List<RuleError>();
            var tier = new YamlMap(tm, "", tierErrors, map.Code);
            var fromText = tier.OptionalText("from");
            var aboveText = tier.OptionalText("above");
            var valueKey = kind == ParameterKind.MarginalScale ? "rate" : "value";
            var valueText = tier.OptionalText(valueKey);
            tier.RejectUnknownKeys();
            foreach (var e in tierErrors) map.Error(e.Line, e.Message);
            if ((fromText is null) == (aboveText is null))
            {
                map.Error(tm, "a tier needs exactly one of 'from' (inclusive) or 'above' (exclusive).");
                continue;
            }
            if (!YamlMap.TryDecimal(fromText ?? aboveText, out var threshold) || !YamlMap.TryDecimal(valueText, out var value))
            {
                map.Error(tm, $"a tier needs a numeric threshold and a numeric '{valueKey}'.");
                continue;
            }
            if (tiers.Count > 0 && threshold < tiers[^1].Threshold)
                map.Error(tm, $"tier thresholds must ascend: {threshold} after {tiers[^1].Threshold}.");
            tiers.Add(new ScaleTier(threshold, aboveText is not null, value));
        }
        return tiers;
    }

    private static IReadOnlyList<ComponentDefinition> ReadComponents(YamlSequenceNode? node, string file, List<RuleError> errors)
    {
        var result = new List<ComponentDefinition>();
        if (node is null) return result;
        foreach (var item in node.Children)
        {
            if (item is not YamlMappingNode cm)
            {
                errors.Add(new RuleError(file, YamlMap.LineOf(item), null, "a component must be a mapping."));
                continue;
            }
            var map = new YamlMap(cm, file, errors, null);
            var code = map.RequiredText("code");
            map.Code = code;
            var category = map.OptionalEnum("category", ComponentCategory.Variable);
            if (map.Node("category") is null) map.Error(cm, "missing required key 'category' (earning, deduction, info, employer, variable).");
            var isLine = category != ComponentCategory.Variable;
            var c = new ComponentDefinition
            {
                Code = code,
                Name = isLine ? map.RequiredText("name") : map.OptionalText("name") ?? code,
                NameEn = isLine ? map.RequiredText("name_en") : map.OptionalText("name_en") ?? code,
                Category = category,
                Type = map.OptionalEnum("type", RuleValueType.Number),
                Unit = map.OptionalEnum("unit", isLine && category != ComponentCategory.Info ? Unit.Money : Unit.Any),
                When = map.OptionalText("when"),
                WhenLine = map.LineOfKey("when"),
                Amount = map.OptionalText(isLine ? "amount" : "value"),
                AmountLine = map.LineOfKey(isLine ? "amount" : "value"),
                Comment = map.OptionalText("comment"),
                Line = map.Line,
            };
            if (isLine && c.Type == RuleValueType.Bool) map.Error(cm, "a payslip line must be a number, not type bool.");
            if (map.OptionalMapping("group") is { } g) c = c with { Group = ReadGroup(g, file, errors, code) };
            if ((c.Amount is null) == (c.Group is null))
                map.Error(cm, isLine ? "a line needs exactly one of 'amount' or 'group'." : "a variable needs exactly one of 'value' or 'group'.");
            // A variable written with 'amount' (or a line with 'value') is a typo the user should hear about.

            if (map.Node(isLine ? "value" : "amount") is { } wrong)
                map.Error(wrong, isLine ? "a line's expression is 'amount', not 'value'." : "a variable's expression is 'value', not 'amount'.");
            map.RejectUnknownKeys();
            result.Add(c);
        }
        return result;
    }

    private static GroupDefinition? ReadGroup(YamlMappingNode node, string file, List<RuleError> errors, string code)
    {
        var map = new YamlMap(node, file, errors, code);
        var by = map.OptionalText("by") ?? "team";
        if (by != "team") map.Error(node, $"group 'by' supports only 'team': '{by}'.");
        GroupKind? kind = null;
        string? of = null;
        foreach (var k in new[] { GroupKind.Rank, GroupKind.Sum, GroupKind.Count })
            if (map.OptionalText(YamlMap.Snake(k.ToString())) is { } expr)
            {
                if (kind is not null) map.Error(node, "a group has exactly one of rank, sum, count.");
                kind = k;
                of = expr;
            }
        var where = map.OptionalText("where");
        var order = map.OptionalText("order") ?? "descending";
        if (order is not ("descending" or "ascending")) map.Error(node, $"group 'order' must be descending or ascending: '{order}'.");
        map.RejectUnknownKeys();
        if (kind is null)
        {
            map.Error(node, "a group needs one of rank, sum, count.");
            return null;
        }
        return new GroupDefinition(kind.Value, of!, where, order == "descending", map.Line);
    }

    private static IReadOnlyList<FlagDefinition> ReadFlags(YamlSequenceNode? node, string file, List<RuleError> errors)
    {
        var result = new List<FlagDefinition>();
        if (node is null) return result;
        foreach (var item in node.Children.OfType<YamlMappingNode>())
        {
            var map = new YamlMap(item, file, errors, null);
            var code = map.RequiredText("code");
            map.Code = code;
            var flag = new FlagDefinition(code, map.RequiredText("when"), map.RequiredText("message"), map.LineOfKey("when"));
            map.OptionalText("comment");
            map.RejectUnknownKeys();
            result.Add(flag);
        }
        return result;
    }

    private static void CheckNames(PlanDefinition plan, List<RuleError> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void Claim(string name, int line, string what)
        {
            if (!IdentifierPattern().IsMatch(name))
                errors.Add(new RuleError(plan.File, line, name, $"{what} name '{name}' must be letters, digits and _ and start with a letter."));
            else if (!seen.TryAdd(name, line))
                errors.Add(new RuleError(plan.File, line, name, $"{what} '{name}' is defined twice (first on line {seen[name]})."));
        }
        foreach (var p in plan.Parameters) Claim(p.Name, p.Line, "parameter");
        foreach (var c in plan.Components) Claim(c.Code, c.Line, "component");
        foreach (var m in plan.Inputs.Metrics.Keys) Claim(m, 1, "metric");
        foreach (var m in plan.Inputs.TextMetrics) Claim(m, 1, "text metric");
        foreach (var m in plan.Inputs.TeamMetrics) Claim("team_" + m, 1, "team metric");
        var flagCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in plan.Flags)
            if (!flagCodes.Add(f.Code)) errors.Add(new RuleError(plan.File, f.Line, f.Code, $"flag '{f.Code}' is defined twice."));
        if (plan.Inputs.TeamMetricsRequired && plan.Inputs.TeamMetrics.Count == 0)
            errors.Add(new RuleError(plan.File, 1, plan.Code, "inputs.team_metrics_required is true but inputs.team_metrics lists no metric."));
        if (plan.Inputs.InstallmentTermsFrom is { } t && plan.Parameters.All(p => p.Name != t || p.Kind != ParameterKind.Table))
            errors.Add(new RuleError(plan.File, 1, t, $"inputs.installment_terms_from names '{t}', which is not a table parameter."));
    }
}
