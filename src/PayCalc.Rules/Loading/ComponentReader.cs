using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>components:</c> (of a plan or a module): payslip lines (<c>amount</c>) and variables (<c>value</c>),
/// each with its category, unit, optional condition, optional team <c>group</c> and optional explanation in words
/// (<c>say:</c> Chinese, <c>say_en:</c> English; their names are checked when the plan is compiled).
/// </summary>
internal static class ComponentReader
{
    public static IReadOnlyList<ComponentDefinition> ReadAll(YamlSequenceNode? node, string file, List<RuleError> errors)
    {
        var result = new List<ComponentDefinition>();
        if (node is null) return result;
        foreach (var item in node.Children)
            if (Read(item, file, errors) is { } c) result.Add(c);
        return result;
    }

    public static ComponentDefinition? Read(YamlNode item, string file, List<RuleError> errors)
    {
        if (item is not YamlMappingNode cm)
        {
            errors.Add(new RuleError(file, YamlMap.LineOf(item), null, RuleMessages.Get("Load_ComponentNotMapping")));
            return null;
        }
        var map = new YamlMap(cm, file, errors, null);
        var code = map.RequiredText("code");
        map.Code = code;
        var category = map.OptionalEnum("category", ComponentCategory.Variable);
        if (map.Node("category") is null) map.Error(cm, RuleMessages.Get("Load_ComponentMissingCategory"));
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
            Say = map.OptionalText("say"),
            SayLine = map.LineOfKey("say"),
            SayEn = map.OptionalText("say_en"),
            SayEnLine = map.LineOfKey("say_en"),
            Line = map.Line,
            File = file,
        };
        if (isLine && c.Type == RuleValueType.Bool) map.Error(cm, RuleMessages.Get("Load_LineNotBool"));
        if (map.OptionalMapping("group") is { } g) c = c with { Group = ReadGroup(g, file, errors, code) };
        if ((c.Amount is null) == (c.Group is null))
            map.Error(cm, RuleMessages.Get(isLine ? "Load_LineAmountOrGroup" : "Load_VariableValueOrGroup"));
        // A variable written with 'amount' (or a line with 'value') is a typo the user should hear about.
        if (map.Node(isLine ? "value" : "amount") is { } wrong)
            map.Error(wrong, RuleMessages.Get(isLine ? "Load_LineUsesValue" : "Load_VariableUsesAmount"));
        map.RejectUnknownKeys();
        return c;
    }

    private static GroupDefinition? ReadGroup(YamlMappingNode node, string file, List<RuleError> errors, string code)
    {
        var map = new YamlMap(node, file, errors, code);
        var by = map.OptionalText("by") ?? "team";
        if (by != "team") map.Error(node, RuleMessages.Format("Load_GroupByTeamOnly", by));
        GroupKind? kind = null;
        string? of = null;
        foreach (var k in new[] { GroupKind.Rank, GroupKind.Sum, GroupKind.Count })
            if (map.OptionalText(YamlMap.Snake(k.ToString())) is { } expr)
            {
                if (kind is not null) map.Error(node, RuleMessages.Get("Load_GroupOneKind"));
                kind = k;
                of = expr;
            }
        var where = map.OptionalText("where");
        var order = map.OptionalText("order") ?? "descending";
        if (order is not ("descending" or "ascending")) map.Error(node, RuleMessages.Format("Load_GroupOrder", order));
        map.RejectUnknownKeys();
        if (kind is null)
        {
            map.Error(node, RuleMessages.Get("Load_GroupNeedsKind"));
            return null;
        }
        return new GroupDefinition(kind.Value, of!, where, order == "descending", map.Line);
    }
}
