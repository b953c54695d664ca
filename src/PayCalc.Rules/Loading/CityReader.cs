using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>cities: { directory: ../statutory/cities, default: shanghai }</c>: every <c>*.yaml</c> in the folder is a
/// profile (<c>city</c>, <c>name</c>, <c>parameters</c>). That the default city has a profile and all profiles define
/// the same plain dated values is checked by <see cref="PlanValidator"/>.
/// </summary>
internal static class CityReader
{
    public static (IReadOnlyList<CityProfile> Profiles, string? DefaultCity) Read(
        YamlMappingNode? node, string file, string baseDirectory, List<RuleError> errors, string code, RuleFiles? files = null)
    {
        if (node is null) return ([], null);
        var map = new YamlMap(node, file, errors, code);
        var directory = map.RequiredText("directory");
        var defaultCity = map.RequiredText("default");
        map.RejectUnknownKeys();
        var folder = RuleFile.Resolve(baseDirectory, directory);
        if (!Directory.Exists(folder))
        {
            map.Error(node, RuleMessages.Format("Load_CityFolderMissing", RuleFile.Display(folder)));
            return ([], defaultCity);
        }
        var profiles = new List<CityProfile>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            if (ReadProfile(path, errors, files) is { } profile) profiles.Add(profile);
        if (profiles.Count == 0) map.Error(node, RuleMessages.Format("Load_NoCityProfile", RuleFile.Display(folder)));
        return (profiles, defaultCity);
    }

    private static CityProfile? ReadProfile(string path, List<RuleError> errors, RuleFiles? files)
    {
        var shown = RuleFile.Display(path);
        var root = RuleFile.ReadRoot(RuleFiles.ReadText(path, RuleFileKind.City, files), shown, errors);
        if (root is null) return null;
        var city = new YamlMap(root, shown, errors, null);
        var cityCode = city.RequiredText("city");
        city.Code = cityCode;
        var name = city.RequiredText("name");
        city.OptionalText("name_en");
        city.OptionalText("source");
        city.OptionalText("comment");
        var parameters = ParameterReader.Read(city.OptionalMapping("parameters"), shown, errors);
        city.RejectUnknownKeys();
        if (cityCode != Path.GetFileNameWithoutExtension(path))
            city.Error(root, RuleMessages.Format("Load_CityFileName", cityCode));
        return new CityProfile(cityCode, name, shown, parameters);
    }
}
