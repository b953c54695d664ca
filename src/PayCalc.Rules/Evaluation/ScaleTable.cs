using PayCalc.Rules.Model;

namespace PayCalc.Rules.Evaluation;

/// <summary>A scale parameter in force for the period.</summary>
public sealed class ScaleTable(string name, IReadOnlyList<ScaleTier> tiers)
{
    public string Name { get; } = name;
    public IReadOnlyList<ScaleTier> Tiers { get; } = tiers;

    /// <summary>Whole-amount scale: the value of the highest tier that <paramref name="x"/> reaches
    /// (<c>from</c>: x &gt;= threshold, <c>above</c>: x &gt; threshold). Below the first tier is an error.</summary>
    public decimal Tier(decimal x)
    {
        for (var i = Tiers.Count - 1; i >= 0; i--)
            if (Reaches(Tiers[i], x)) return Tiers[i].Value;
        throw new RuleEvaluationException(RuleMessages.Format("Eval_ScaleNoTier", Name, x));
    }

    /// <summary>Marginal scale: each tier's rate applies to the part of <paramref name="x"/> between its threshold and the next.</summary>
    public decimal Marginal(decimal x)
    {
        var total = 0m;
        for (var i = 0; i < Tiers.Count; i++)
        {
            var lower = Tiers[i].Threshold;
            if (x <= lower) break;
            var upper = i + 1 < Tiers.Count ? Math.Min(x, Tiers[i + 1].Threshold) : x;
            total += (upper - lower) * Tiers[i].Value;
        }
        return total;
    }

    private static bool Reaches(ScaleTier t, decimal x) => t.Exclusive ? x > t.Threshold : x >= t.Threshold;
}
