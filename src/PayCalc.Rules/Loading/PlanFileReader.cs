using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads a plan file's root mapping: its header (plan, names, version, calendar, effective dates), its includes,
/// and each section through its reader. Shape problems are recorded; meaning is left to <see cref="PlanValidator"/>.
/// </summary>
internal static class PlanFileReader
{
    /// <summary>Included files and the city folder are relative to <paramref name="baseDirectory"/>.</summary>
    public static PlanDefinition Read(YamlMappingNode root, string file, string sha256, string baseDirectory, List<RuleError> errors, RuleFiles? files = null)
    {
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
        var (from, to, effectiveLine) = ReadEffective(map, file, errors, code);
        var parameters = ParameterReader.Read(map.OptionalMapping("parameters"), file, errors).ToList();
        var modules = ReadIncludes(map, baseDirectory, file, errors, files);
        parameters.AddRange(modules.SelectMany(m => m.Parameters));
        var citiesNode = map.OptionalMapping("cities");
        var (cities, defaultCity) = CityReader.Read(citiesNode, file, baseDirectory, errors, code, files);
        plan = plan with
        {
            EffectiveFrom = from,
            EffectiveTo = to,
            EffectiveLine = effectiveLine,
            Inputs = InputReader.Read(map.OptionalMapping("inputs"), file, errors, code),
            Parameters = parameters,
            Cities = cities,
            DefaultCity = defaultCity,
            CitiesLine = citiesNode is null ? 0 : YamlMap.LineOf(citiesNode),
            History = [.. HistoryReader.Read(map.OptionalMapping("history"), file, errors), .. modules.SelectMany(m => m.History)],
            Components = ModuleReader.Merge(ComponentReader.ReadAll(map.OptionalSequence("components"), file, errors), modules, errors),
            Flags = [.. FlagReader.Read(map.OptionalSequence("flags"), file, errors), .. modules.SelectMany(m => m.Flags)],
            Checks = [.. CheckReader.Read(map.OptionalSequence("checks"), file, errors), .. modules.SelectMany(m => m.Checks)],
            Tiers = TierReader.Read(map.OptionalSequence("tiers"), file, errors),
        };
        map.RejectUnknownKeys();
        return plan;
    }

    /// <summary>
    /// <c>effective: { from: 2026-01-01, to: 2026-12-31 }</c>, both inclusive; <c>to</c> is optional. That <c>to</c> is
    /// not before <c>from</c> is checked by <see cref="PlanValidator"/>.
    /// </summary>
    private static (DateOnly From, DateOnly? To, int Line) ReadEffective(YamlMap map, string file, List<RuleError> errors, string code)
    {
        var effective = map.OptionalMapping("effective");
        if (effective is null)
        {
            map.Error(map.Line, RuleMessages.Get("Load_MissingEffective"));
            return (DateOnly.MinValue, null, map.Line);
        }
        var e = new YamlMap(effective, file, errors, code);
        var from = e.OptionalDate("from");
        if (from is null && e.Node("from") is null) e.Error(effective, RuleMessages.Get("Load_MissingFrom"));
        var to = e.OptionalDate("to");
        e.RejectUnknownKeys();
        return (from ?? DateOnly.MinValue, to, YamlMap.LineOf(effective));
    }

    /// <summary>The files under <c>include:</c>, in order, each read by <see cref="ModuleReader"/>.</summary>
    private static List<ModuleReader.IncludedFile> ReadIncludes(YamlMap map, string baseDirectory, string file, List<RuleError> errors, RuleFiles? files)
    {
        var modules = new List<ModuleReader.IncludedFile>();
        if (map.OptionalSequence("include") is not { } includes) return modules;
        foreach (var item in includes.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } relative })
            {
                map.Error(item, RuleMessages.Get("Load_IncludeNotPath"));
                continue;
            }
            modules.Add(ModuleReader.Read(RuleFile.Resolve(baseDirectory, relative), file, YamlMap.LineOf(item), errors, files));
        }
        return modules;
    }
}
