using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads a file listed under <c>include:</c>. A parameter file has <c>parameters:</c> (as in a plan); a module (e.g.
/// <c>rules/statutory/cn-payroll.yaml</c>, or the checks of <c>rules/checks/</c>) may also have <c>history:</c>,
/// <c>components:</c>, <c>flags:</c> and <c>checks:</c>,
/// read exactly as a plan's and reported with the module's file and line. Either may have a source, comment and
/// name. A module does not include other files.
/// </summary>
internal static class ModuleReader
{
    /// <summary>What an included file contributes. A component entry is either a component or a
    /// <c>plan_line</c> placeholder: the plan's component of that code is placed (and printed) there.</summary>
    internal sealed record IncludedFile(
        string File,
        IReadOnlyList<ParameterDefinition> Parameters,
        IReadOnlyList<(ComponentDefinition? Component, string? PlanLine, int Line)> Components,
        IReadOnlyList<HistoryDefinition> History,
        IReadOnlyList<FlagDefinition> Flags,
        IReadOnlyList<CheckDefinition> Checks);

    /// <summary>Reads the file at <paramref name="path"/>; a missing file is reported at the plan's include <paramref name="line"/>.</summary>
    public static IncludedFile Read(string path, string planFile, int line, List<RuleError> errors, RuleFiles? files = null)
    {
        var empty = new IncludedFile(path, [], [], [], [], []);
        if (!File.Exists(path))
        {
            errors.Add(new RuleError(planFile, line, null, RuleMessages.Format("Load_IncludeMissing", RuleFile.Display(path))));
            return empty;
        }
        var shown = RuleFile.Display(path);
        var root = RuleFile.ReadRoot(RuleFiles.ReadText(path, RuleFileKind.Include, files), shown, errors);
        if (root is null) return empty with { File = shown };
        var map = new YamlMap(root, shown, errors, null);
        map.OptionalText("source");
        map.OptionalText("comment");
        map.OptionalText("name");
        var parameters = ParameterReader.Read(map.OptionalMapping("parameters"), shown, errors);
        var history = HistoryReader.Read(map.OptionalMapping("history"), shown, errors);
        var components = ReadComponents(map.OptionalSequence("components"), shown, errors);
        var flags = FlagReader.Read(map.OptionalSequence("flags"), shown, errors);
        var checks = CheckReader.Read(map.OptionalSequence("checks"), shown, errors);
        if (new[] { "parameters", "history", "components", "flags", "checks" }.All(k => map.Node(k) is null))
            map.Error(root, RuleMessages.Get("Load_IncludeKind"));
        map.RejectUnknownKeys();
        return new IncludedFile(shown, parameters, components, history, flags, checks);
    }

    /// <summary>
    /// The plan's components, then each module's in include order. A module's <c>plan_line: code</c> entry moves
    /// the plan's component of that code to that place (so a plan-supplied line prints among the module's lines);
    /// it is an error when the plan does not define it.
    /// </summary>
    public static IReadOnlyList<ComponentDefinition> Merge(IReadOnlyList<ComponentDefinition> own, IReadOnlyList<IncludedFile> modules, List<RuleError> errors)
    {
        var placed = modules.SelectMany(m => m.Components).Where(e => e.PlanLine is not null).Select(e => e.PlanLine!).ToHashSet(StringComparer.Ordinal);
        var result = own.Where(c => !placed.Contains(c.Code)).ToList();
        foreach (var module in modules)
            foreach (var (component, planLine, line) in module.Components)
            {
                if (component is not null) result.Add(component);
                else if (own.FirstOrDefault(c => c.Code == planLine) is { } supplied) result.Add(supplied);
                else errors.Add(new RuleError(module.File, line, planLine,
                    RuleMessages.Format("Load_PlanLineUndefined", planLine)));
            }
        return result;
    }

    private static IReadOnlyList<(ComponentDefinition? Component, string? PlanLine, int Line)> ReadComponents(
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
            else if (ComponentReader.Read(item, file, errors) is { } c) result.Add((c, null, c.Line));
        }
        return result;
    }
}
