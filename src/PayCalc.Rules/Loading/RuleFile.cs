using PayCalc.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>One YAML rule file (plan, included file, city profile, calendar): its root mapping and how its path is shown.</summary>
internal static class RuleFile
{
    /// <summary>The root mapping, or null with the problem recorded (syntax, duplicate key, nesting too deep, not a mapping).</summary>
    public static YamlMappingNode? ReadRoot(string yaml, string file, List<RuleError> errors)
    {
        var stream = new YamlStream();
        var parser = new NestingLimitedParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (NestingLimitedParser.TooDeepException ex)
        {
            errors.Add(new RuleError(file, ex.Line, null, ex.Message));
            return null;
        }
        catch (YamlException ex)
        {
            // Duplicate keys and syntax errors arrive here with their position.
            errors.Add(new RuleError(file, (int)ex.Start.Line, null, RuleMessages.Format("Yaml_Syntax", ex.InnerException?.Message ?? ex.Message)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // The YAML library's node builder throws this for some unclosed structures (e.g. "- { from: x" with no "}").
            errors.Add(new RuleError(file, (int)(parser.Current?.Start.Line ?? 1), null,
                RuleMessages.Format("Yaml_Unreadable", ex.Message.TrimEnd('.'))));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new RuleError(file, 1, null, RuleMessages.Get("Yaml_NotMappingFile")));
            return null;
        }
        return root;
    }

    /// <summary>A path written in a rule file, relative to <paramref name="directory"/>.</summary>
    public static string Resolve(string directory, string relative) => Path.GetFullPath(Path.Combine(directory, relative));

    /// <summary>Path as shown in errors: relative to the working folder when it is below it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
