using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>Reads <c>flags:</c> (of a plan or a module): exceptions for HR, each a code, a condition and a message
/// (<c>message:</c> Chinese, optional <c>message_en:</c> English).</summary>
internal static class FlagReader
{
    public static IReadOnlyList<FlagDefinition> Read(YamlSequenceNode? node, string file, List<RuleError> errors)
    {
        var result = new List<FlagDefinition>();
        if (node is null) return result;
        foreach (var item in node.Children.OfType<YamlMappingNode>())
        {
            var map = new YamlMap(item, file, errors, null);
            var code = map.RequiredText("code");
            map.Code = code;
            var flag = new FlagDefinition(code, map.RequiredText("when"), map.RequiredText("message"), map.LineOfKey("when"), file,
                map.OptionalText("message_en"));
            map.OptionalText("comment");
            map.RejectUnknownKeys();
            result.Add(flag);
        }
        return result;
    }
}
