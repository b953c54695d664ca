using PayCalc.Domain.Payroll;
using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>checks:</c> (of a plan or a module such as <c>rules/checks/*.yaml</c>): finance's audit checks, each a
/// code, a severity, an optional condition on the judged payslip, patterns under <c>match:</c> and a message. What
/// the names mean is checked when the checks are compiled. <c>message:</c> is Chinese; <c>message_en:</c> (optional) is the
/// English text, both checked name by name.
/// </summary>
internal static class CheckReader
{
    private static readonly string[] Kinds = ["each", "not", "exists", "group"];

    public static IReadOnlyList<CheckDefinition> Read(YamlSequenceNode? node, string file, List<RuleError> errors)
    {
        var result = new List<CheckDefinition>();
        if (node is null) return result;
        foreach (var item in node.Children.OfType<YamlMappingNode>())
        {
            var map = new YamlMap(item, file, errors, null);
            var code = map.RequiredText("code");
            map.Code = code;
            var severity = map.OptionalEnum("severity", FlagSeverity.Warning);
            var when = map.OptionalText("when");
            var patterns = map.OptionalSequence("match")?.Children.OfType<YamlMappingNode>()
                .Select(p => ReadPattern(map.Nested(p))).OfType<CheckPattern>().ToList() ?? [];
            var message = map.RequiredText("message");
            var messageEn = map.OptionalText("message_en");
            map.OptionalText("comment");
            map.RejectUnknownKeys();
            result.Add(new CheckDefinition(code, severity, when, patterns, message, map.Line, file, messageEn));
        }
        return result;
    }

    /// <summary><c>{ each|not|exists: fact type, as: alias, on: key, where: condition }</c>, or
    /// <c>{ group: count|sum|min|max|median, of: fact type, value: formula, as: name, on: key, where: condition }</c>.</summary>
    private static CheckPattern? ReadPattern(YamlMap map)
    {
        var kinds = Kinds.Where(k => map.Node(k) is not null).ToList();
        if (kinds.Count != 1)
        {
            map.Error(map.Line, RuleMessages.Get("Load_PatternOneKind"));
            return null;
        }
        var kind = Enum.Parse<CheckPatternKind>(kinds[0], ignoreCase: true);
        var aggregate = kind == CheckPatternKind.Group ? map.OptionalEnum("group", CheckAggregate.Count) : CheckAggregate.Count;
        var factType = kind == CheckPatternKind.Group ? map.RequiredText("of") : map.RequiredText(kinds[0]);
        var value = kind == CheckPatternKind.Group ? map.OptionalText("value") : null;
        if (kind == CheckPatternKind.Group && aggregate != CheckAggregate.Count && value is null)
            map.Error(map.Line, RuleMessages.Format("Load_GroupNeedsValue", YamlMap.Snake(aggregate.ToString())));
        var pattern = new CheckPattern(kind, factType, map.RequiredText("as"), map.OptionalEnum("on", CheckKey.Agent),
            map.OptionalText("where"), map.Line, aggregate, value);
        map.RejectUnknownKeys();
        return pattern;
    }
}
