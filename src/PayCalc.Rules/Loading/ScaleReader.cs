using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads one dated value of a scale (<c>- { from: n, value: x }</c> tiers) or of tax brackets
/// (<c>- { up_to: n, rate: r, quick_deduction: q }</c>): their shape. That bounds ascend and brackets are continuous
/// is checked by <see cref="ParameterValidator"/>.
/// </summary>
internal static class ScaleReader
{
    /// <summary>Brackets <c>- { up_to: 36000, rate: 0.03, quick_deduction: 0 }</c> ... and a last one without up_to.</summary>
    public static IReadOnlyList<Bracket>? ReadBrackets(YamlNode node, YamlMap map)
    {
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            map.Error(node, RuleMessages.Get("Load_BracketsShape"));
            return null;
        }
        var result = new List<Bracket>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i];
            if (item is not YamlMappingNode bm)
            {
                map.Error(item, RuleMessages.Get("Load_BracketNotMapping"));
                continue;
            }
            var b = map.Nested(bm);
            var upText = b.OptionalText("up_to");
            var rateText = b.OptionalText("rate");
            var qdText = b.OptionalText("quick_deduction");
            b.RejectUnknownKeys();
            var last = i == seq.Children.Count - 1;
            if (last != (upText is null))
            {
                map.Error(bm, RuleMessages.Get(last ? "Load_LastBracketUpTo" : "Load_BracketNeedsUpTo"));
                continue;
            }
            decimal up = 0;
            if ((upText is not null && !YamlMap.TryDecimal(upText, out up)) || !YamlMap.TryDecimal(rateText, out var rate) || !YamlMap.TryDecimal(qdText, out var qd))
            {
                map.Error(bm, RuleMessages.Get("Load_BracketNumbers"));
                continue;
            }
            result.Add(new Bracket(upText is null ? null : up, rate, qd) { Line = YamlMap.LineOf(bm) });
        }
        return result;
    }

    /// <summary>Tiers <c>- { from: n, value: x }</c> or <c>- { above: n, value: x }</c>; a marginal scale's tiers have <c>rate</c>.</summary>
    public static IReadOnlyList<ScaleTier>? ReadScale(YamlNode node, YamlMap map, bool marginal)
    {
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            map.Error(node, RuleMessages.Get("Load_ScaleShape"));
            return null;
        }
        var tiers = new List<ScaleTier>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode tm)
            {
                map.Error(item, RuleMessages.Get("Load_TierNotMapping"));
                continue;
            }
            var tier = map.Nested(tm);
            var fromText = tier.OptionalText("from");
            var aboveText = tier.OptionalText("above");
            var valueKey = marginal ? "rate" : "value";
            var valueText = tier.OptionalText(valueKey);
            tier.RejectUnknownKeys();
            if ((fromText is null) == (aboveText is null))
            {
                map.Error(tm, RuleMessages.Get("Load_TierFromOrAbove"));
                continue;
            }
            if (!YamlMap.TryDecimal(fromText ?? aboveText, out var threshold) || !YamlMap.TryDecimal(valueText, out var value))
            {
                map.Error(tm, RuleMessages.Format("Load_TierNumbers", valueKey));
                continue;
            }
            tiers.Add(new ScaleTier(threshold, aboveText is not null, value) { Line = YamlMap.LineOf(tm) });
        }
        return tiers;
    }
}
