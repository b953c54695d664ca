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
        var plan = Parse(System.Text.Encoding.UTF8.GetString(bytes), path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        var included = plan.Parameters.Select(p => p.File).Concat(plan.Components.Select(c => c.File)).Concat(plan.Cities.Select(c => c.File))
            .Where(f => f.Length > 0 && f != plan.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var file in included)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return plan with { FileSha256 = Convert.ToHexStringLower(hash.GetHashAndReset()) };
    }

    /// <summary>Parses plan text. Included parameter files and the city folder are relative to
    /// <paramref name="directory"/>, by default the folder of <paramref name="file"/>.</summary>
    public static PlanDefinition Parse(string yaml, string file, string sha256 = "", string? directory = null)
    {
        var baseDirectory = directory ?? Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
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

        var parameters = ReadParameters(map.OptionalMapping("parameters"), file, errors).ToList();
        var modules = new List<IncludedFile>();
        if (map.OptionalSequence("include") is { } includes)
            foreach (var item in includes.Children)
            {
                if (item is not YamlScalarNode { Value: { Length: > 0 } relative })
                {
                    map.Error(item, "an include is the path of a parameter file or module, relative to the plan.");
                    continue;
                }
                var included = ReadIncludedFile(Resolve(baseDirectory, relative), file, YamlMap.LineOf(item), errors);
                parameters.AddRange(included.Parameters);
                modules.Add(included);
            }
        var (cities, defaultCity) = ReadCities(map.OptionalMapping("cities"), file, baseDirectory, errors, code);
        plan = plan with
        {
            Inputs = ReadInputs(map.OptionalMapping("inputs"), file, errors, code),
            Parameters = parameters,
            Cities = cities,
            DefaultCity = defaultCity,
            History = [.. ReadHistory(map.OptionalMapping("history"), file, errors), .. modules.SelectMany(m => m.History)],
            Components = Merge(ReadComponents(map.OptionalSequence("components"), file, errors), modules, errors),
            Flags = [.. ReadFlags(map.OptionalSequence("flags"), file, errors), .. modules.SelectMany(m => m.Flags)],
        };
        map.RejectUnknownKeys();
        CheckNames(plan, errors);
        CheckHistory(plan, errors);

        if (errors.Count > 0) throw new RuleLoadException(errors);
        return plan;
    }

    internal static YamlMappingNode? ReadRoot(string yaml, string file, List<RuleError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new NestingLimitedParser(new Parser(new StringReader(yaml))));
        }
        catch (NestingLimitedParser.TooDeepException ex)
        {
            errors.Add(new RuleError(file, ex.Line, null, ex.Message));
            return null;
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

    private static string Resolve(string directory, string relative) => Path.GetFullPath(Path.Combine(directory, relative));

    /// <summary>Path as shown in errors: relative to the working folder when it is below it.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>Loads a statutory parameter file on its own (e.g. for the tax what-if); every problem is thrown together.</summary>
    public static IReadOnlyList<ParameterDefinition> LoadParameterFile(string path)
    {
        var errors = new List<RuleError>();
        var parameters = ReadIncludedFile(Path.GetFullPath(path), path, 0, errors).Parameters;
        if (errors.Count > 0) throw new RuleLoadException(errors);
        return parameters;
    }

    /// <summary>What an included file contributes. A component entry is either a component or a
    /// <c>plan_line</c> placeholder: the plan's component of that code is placed (and printed) there.</summary>
    private sealed record IncludedFile(
        string File,
        IReadOnlyList<ParameterDefinition> Parameters,
        IReadOnlyList<(ComponentDefinition? Component, string? PlanLine, int Line)> Components,
        IReadOnlyList<HistoryDefinition> History,
        IReadOnlyList<FlagDefinition> Flags);

    /// <summary>
    /// An included file. A parameter file has <c>parameters:</c> (as in a plan); a module (e.g.
    /// <c>rules/statutory/cn-payroll.yaml</c>) may also have <c>history:</c>, <c>components:</c> and <c>flags:</c>,
    /// read exactly as a plan's and reported with the module's file and line. Either may have a source,
    /// comment and name. A module does not include other files.
    /// </summary>
    private static IncludedFile ReadIncludedFile(string path, string planFile, int line, List<RuleError> errors)
    {
        var empty = new IncludedFile(path, [], [], [], []);
        if (!File.Exists(path))
        {
            errors.Add(new RuleError(planFile, line, null, $"included file '{Display(path)}' does not exist."));
            return empty;
        }
        var shown = Display(path);
        var root = ReadRoot(File.ReadAllText(path), shown, errors);
        if (root is null) return empty with { File = shown };
        var map = new YamlMap(root, shown, errors, null);
        map.OptionalText("source");
        map.OptionalText("comment");
        map.OptionalText("name");
        var parameters = ReadParameters(map.OptionalMapping("parameters"), shown, errors);
        var history = ReadHistory(map.OptionalMapping("history"), shown, errors);
        var components = ReadModuleComponents(map.OptionalSequence("components"), shown, errors);
        var flags = ReadFlags(map.OptionalSequence("flags"), shown, errors);
        if (new[] { "parameters", "history", "components", "flags" }.All(k => map.Node(k) is null))
            map.Error(root, "an included file needs 'parameters' (a parameter file) or 'components', 'history', 'flags' (a module).");
        map.RejectUnknownKeys();
        return new IncludedFile(shown, parameters, components, history, flags);
    }

    private static IReadOnlyList<(ComponentDefinition? Component, string? PlanLine, int Line)> ReadModuleComponents(
        YamlSequenceNode? node, string file, List<RuleError> errors)
    {
        var result = new List<(ComponentDefinition?, string?, int)>();
        if (node is null) return result;
        foreach (var item in node.Children)
        {
            if (item is YamlMappingNode cm && cm.Children.ContainsKey(new YamlScalarNode("plan_line")))
            {
                var map = new YamlMap(cm, file, errors, null);
                var code = map.RequiredText("plan_line");
                map.Code = code;
                map.OptionalText("comment");
                map.RejectUnknownKeys();
                result.Add((null, code, map.Line));
            }
            else if (ReadComponent(item, file, errors) is { } c) result.Add((c, null, c.Line));
        }
        return result;
    }

    /// <summary>
    /// The plan's components, then each module's in include order. A module's <c>plan_line: code</c> entry moves
    /// the plan's component of that code to that place (so a plan-supplied line prints among the module's lines);
    /// it is an error when the plan does not define it.
    /// </summary>
    private static IReadOnlyList<ComponentDefinition> Merge(IReadOnlyList<ComponentDefinition> own, List<IncludedFile> modules, List<RuleError> errors)
    {
        var placed = modules.SelectMany(m => m.Components).Where(e => e.PlanLine is not null).Select(e => e.PlanLine!).ToHashSet(StringComparer.Ordinal);
        var result = own.Where(c => !placed.Contains(c.Code)).ToList();
        foreach (var module in modules)
            foreach (var (component, planLine, line) in module.Components)
            {
                if (component is not null) result.Add(component);
                else if (own.FirstOrDefault(c => c.Code == planLine) is { } supplied) result.Add(supplied);
                else errors.Add(new RuleError(module.File, line, planLine,
                    $"the module places the plan's component '{planLine}' here (plan_line), but the plan does not define it."));
            }
        return result;
    }

    /// <summary>
    /// <c>cities: { directory: ../statutory/cities, default: shanghai }</c>: every <c>*.yaml</c> in the folder is a
    /// profile; all must define the same parameter names (plain dated values), so a missing number is a load error.
    /// </summary>
    private static (IReadOnlyList<CityProfile>, string?) ReadCities(YamlMappingNode? node, string file, string baseDirectory, List<RuleError> errors, string code)
    {
        if (node is null) return ([], null);
        var map = new YamlMap(node, file, errors, code);
        var directory = map.RequiredText("directory");
        var defaultCity = map.RequiredText("default");
        map.RejectUnknownKeys();
        var folder = Resolve(baseDirectory, directory);
        if (!Directory.Exists(folder))
        {
            map.Error(node, $"city profile folder '{Display(folder)}' does not exist.");
            return ([], defaultCity);
        }
        var profiles = new List<CityProfile>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var shown = Display(path);
            var root = ReadRoot(File.ReadAllText(path), shown, errors);
            if (root is null) continue;
            var city = new YamlMap(root, shown, errors, null);
            var cityCode = city.RequiredText("city");
            city.Code = cityCode;
            var name = city.RequiredText("name");
            city.OptionalText("name_en");
            city.OptionalText("source");
            city.OptionalText("comment");
            var parameters = ReadParameters(city.OptionalMapping("parameters"), shown, errors);
            city.RejectUnknownKeys();
            if (cityCode != Path.GetFileNameWithoutExtension(path))
                city.Error(root, $"city '{cityCode}' must be in a file named {cityCode}.yaml.");
            foreach (var p in parameters.Where(p => p.Kind != ParameterKind.Value))
                errors.Add(new RuleError(shown, p.Line, p.Name, "a city parameter is a plain dated value (no type)."));
            profiles.Add(new CityProfile(cityCode, name, shown, parameters));
        }
        if (profiles.Count == 0) map.Error(node, $"no city profile (*.yaml) in '{Display(folder)}'.");
        else if (profiles.All(p => p.Code != defaultCity))
            map.Error(node, $"default city '{defaultCity}' has no profile; profiles: {string.Join(", ", profiles.Select(p => p.Code))}.");
        var allNames = profiles.SelectMany(p => p.Parameters.Select(x => x.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var profile in profiles)
            foreach (var missing in allNames.Where(n => profile.Parameters.All(x => x.Name != n)).Order(StringComparer.Ordinal))
            {
                var other = profiles.First(p => p.Parameters.Any(x => x.Name == missing));
                errors.Add(new RuleError(profile.File, 1, missing,
                    $"city '{profile.Code}' does not define '{missing}' (defined in {other.File}); every city profile needs the same parameters."));
            }
        return (profiles, defaultCity);
    }

    private static IReadOnlyList<HistoryDefinition> ReadHistory(YamlMappingNode? node, string file, List<RuleError> errors)
    {
        var result = new List<HistoryDefinition>();
        if (node is null) return result;
        foreach (var (k, v) in node.Children)
        {
            var name = ((YamlScalarNode)k).Value ?? "";
            if (v is not YamlMappingNode hm)
            {
                errors.Add(new RuleError(file, YamlMap.LineOf(v), name, "a history value is a mapping: lines or months, optional opening, negate, window, by_month."));
                continue;
            }
            var map = new YamlMap(hm, file, errors, name);
            var lines = ReadNameList(map, "lines");
            var months = map.OptionalBool("months", whenMissing: false);
            OpeningField? opening = map.OptionalText("opening") is { } o
                ? YamlMap.TryEnum<OpeningField>(o, out var field) ? field : Fail(map, hm, $"'opening' must be one of {string.Join(", ", Enum.GetNames<OpeningField>().Select(YamlMap.Snake))}: '{o}'.")
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
            if ((lines.Count > 0) == months) map.Error(hm, "a history value needs exactly one of 'lines' (codes to sum) or 'months: true'.");
            if (opening is not null && h.Window != HistoryWindow.Year) map.Error(hm, "opening balances are per tax year: 'opening' needs window: year.");
            if (h.ByMonth && (months || opening is not null)) map.Error(hm, "'by_month' reads stored lines month by month: it needs 'lines' and takes no 'months' or 'opening'.");
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

    private static void CheckHistory(PlanDefinition plan, List<RuleError> errors)
    {
        var lines = plan.Components.Where(c => c.IsLine).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var h in plan.History)
            foreach (var code in h.Lines.Where(c => !lines.Contains(c)))
                errors.Add(new RuleError(h.File, h.Line, h.Name,
                    plan.Components.Any(c => c.Code == code)
                        ? $"history reads '{code}', a variable; only payslip lines are stored for later months (make it an info line)."
                        : $"history reads unknown line '{code}'."));
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
                    if (ReadBrackets(v, map) is { } b) brackets.Add(new(from, b, line));
                    break;
                default:
                    if (ReadScale(v, map, p.Kind) is { } tiers) scales.Add(new(from, tiers, line));
                    break;
            }
        }
        return p with { Values = plain, Tables = tables, Scales = scales, Brackets = brackets };
    }

    /// <summary>
    /// Brackets <c>- { up_to: 36000, rate: 0.03, quick_deduction: 0 }</c> ... and a last one without up_to.
    /// The quick deductions must make the tax continuous at every seam (x * r1 - q1 = x * r2 - q2 at x = up_to):
    /// a typo in a quick deduction would otherwise tax some incomes wrongly without anyone noticing.
    /// </summary>
    private static IReadOnlyList<Bracket>? ReadBrackets(YamlNode node, YamlMap map)
    {
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            map.Error(node, "brackets are a non-empty list of { up_to: n, rate: r, quick_deduction: q }, the last without up_to.");
            return null;
        }
        var result = new List<Bracket>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i];
            if (item is not YamlMappingNode bm)
            {
                map.Error(item, "a bracket must be a mapping.");
                continue;
            }
            var bracketErrors = new List<RuleError>();
            var b = new YamlMap(bm, "", bracketErrors, map.Code);
            var upText = b.OptionalText("up_to");
            var rateText = b.OptionalText("rate");
            var qdText = b.OptionalText("quick_deduction");
            b.RejectUnknownKeys();
            foreach (var e in bracketErrors) map.Error(e.Line, e.Message);
            var last = i == seq.Children.Count - 1;
            if (last != (upText is null))
            {
                map.Error(bm, last ? "the last bracket has no 'up_to' (it has no upper bound)." : "every bracket but the last needs 'up_to' (inclusive upper bound).");
                continue;
            }
            decimal up = 0;
            if ((upText is not null && !YamlMap.TryDecimal(upText, out up)) || !YamlMap.TryDecimal(rateText, out var rate) || !YamlMap.TryDecimal(qdText, out var qd))
            {
                map.Error(bm, "a bracket needs numeric 'up_to' (except the last), 'rate' and 'quick_deduction'.");
                continue;
            }
            if (result.Count > 0 && upText is not null && up <= result[^1].UpTo)
                map.Error(bm, $"bracket bounds must ascend: {up} after {result[^1].UpTo}.");
            if (result.Count > 0 && result[^1].UpTo is { } seam)
            {
                var below = seam * result[^1].Rate - result[^1].QuickDeduction;
                var above = seam * rate - qd;
                if (below != above)
                    map.Error(bm, $"brackets are not continuous at {seam}: {below} below, {above} above; check the quick deduction {qd} (it should be {seam * rate - below}).");
            }
            result.Add(new Bracket(upText is null ? null : up, rate, qd));
        }
        return result;
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
            if (ReadComponent(item, file, errors) is { } c) result.Add(c);
        return result;
    }

    private static ComponentDefinition? ReadComponent(YamlNode item, string file, List<RuleError> errors)
    {
        if (item is not YamlMappingNode cm)
        {
            errors.Add(new RuleError(file, YamlMap.LineOf(item), null, "a component must be a mapping."));
            return null;
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
            File = file,
        };
        if (isLine && c.Type == RuleValueType.Bool) map.Error(cm, "a payslip line must be a number, not type bool.");
        if (map.OptionalMapping("group") is { } g) c = c with { Group = ReadGroup(g, file, errors, code) };
        if ((c.Amount is null) == (c.Group is null))
            map.Error(cm, isLine ? "a line needs exactly one of 'amount' or 'group'." : "a variable needs exactly one of 'value' or 'group'.");
        // A variable written with 'amount' (or a line with 'value') is a typo the user should hear about.
        if (map.Node(isLine ? "value" : "amount") is { } wrong)
            map.Error(wrong, isLine ? "a line's expression is 'amount', not 'value'." : "a variable's expression is 'value', not 'amount'.");
        map.RejectUnknownKeys();
        return c;
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
            var flag = new FlagDefinition(code, map.RequiredText("when"), map.RequiredText("message"), map.LineOfKey("when"), file);
            map.OptionalText("comment");
            map.RejectUnknownKeys();
            result.Add(flag);
        }
        return result;
    }

    private static void CheckNames(PlanDefinition plan, List<RuleError> errors)
    {
        var seen = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        void Claim(string name, string file, int line, string what)
        {
            if (!IdentifierPattern().IsMatch(name))
                errors.Add(new RuleError(file, line, name, $"{what} name '{name}' must be letters, digits and _ and start with a letter."));
            else if (!seen.TryAdd(name, (file, line)))
                errors.Add(new RuleError(file, line, name, $"{what} '{name}' is defined twice (first in {seen[name].File}:{seen[name].Line})."));
        }
        foreach (var p in plan.Parameters) Claim(p.Name, p.File, p.Line, "parameter");
        if (plan.Cities.Count > 0)
            foreach (var p in plan.Cities[0].Parameters) Claim(p.Name, p.File, p.Line, "city parameter");
        foreach (var h in plan.History) Claim(h.Name, h.File, h.Line, "history value");
        foreach (var c in plan.Components) Claim(c.Code, c.File.Length > 0 ? c.File : plan.File, c.Line, "component");
        foreach (var m in plan.Inputs.Metrics.Keys) Claim(m, plan.File, 1, "metric");
        foreach (var m in plan.Inputs.TextMetrics) Claim(m, plan.File, 1, "text metric");
        foreach (var m in plan.Inputs.TeamMetrics) Claim("team_" + m, plan.File, 1, "team metric");
        foreach (var city in plan.Cities)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in city.Parameters.Where(p => !names.Add(p.Name)))
                errors.Add(new RuleError(city.File, p.Line, p.Name, $"city parameter '{p.Name}' is defined twice."));
        }
        var flagCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in plan.Flags)
            if (!flagCodes.Add(f.Code)) errors.Add(new RuleError(f.File.Length > 0 ? f.File : plan.File, f.Line, f.Code, $"flag '{f.Code}' is defined twice."));
        if (plan.Inputs.TeamMetricsRequired && plan.Inputs.TeamMetrics.Count == 0)
            errors.Add(new RuleError(plan.File, 1, plan.Code, "inputs.team_metrics_required is true but inputs.team_metrics lists no metric."));
        if (plan.Inputs.InstallmentTermsFrom is { } t && plan.Parameters.All(p => p.Name != t || p.Kind != ParameterKind.Table))
            errors.Add(new RuleError(plan.File, 1, t, $"inputs.installment_terms_from names '{t}', which is not a table parameter."));
    }
}
