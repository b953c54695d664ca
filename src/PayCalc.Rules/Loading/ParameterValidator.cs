using PayCalc.Rules.Model;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Checks the meaning of read parameters, each dated value on its own: scale thresholds ascend, bracket bounds ascend
/// and brackets are continuous at every seam. Errors name the parameter's file and the line of the tier or bracket.
/// </summary>
internal static class ParameterValidator
{
    public static void Validate(IEnumerable<ParameterDefinition> parameters, List<RuleError> errors)
    {
        foreach (var p in parameters)
            switch (p)
            {
                case ScaleParameter s:
                    foreach (var dated in s.Values) CheckTiers(p, dated.Value, errors);
                    break;
                case BracketParameter b:
                    foreach (var dated in b.Values) CheckBrackets(p, dated.Value, errors);
                    break;
            }
    }

    /// <summary>Thresholds must not go down (equal ones are allowed).</summary>
    private static void CheckTiers(ParameterDefinition p, IReadOnlyList<ScaleTier> tiers, List<RuleError> errors)
    {
        for (var i = 1; i < tiers.Count; i++)
            if (tiers[i].Threshold < tiers[i - 1].Threshold)
                errors.Add(new RuleError(p.File, tiers[i].Line, p.Name, RuleMessages.Format("Param_TiersAscend", tiers[i].Threshold, tiers[i - 1].Threshold)));
    }

    /// <summary>
    /// Upper bounds ascend, and the quick deductions make the tax continuous at every seam
    /// (x * r1 - q1 = x * r2 - q2 at x = up_to): a typo in a quick deduction would otherwise tax some incomes wrongly
    /// without anyone noticing. Both are checked against the previous bracket that was read.
    /// </summary>
    private static void CheckBrackets(ParameterDefinition p, IReadOnlyList<Bracket> brackets, List<RuleError> errors)
    {
        for (var i = 1; i < brackets.Count; i++)
        {
            var (previous, b) = (brackets[i - 1], brackets[i]);
            if (b.UpTo is { } up && up <= previous.UpTo)
                errors.Add(new RuleError(p.File, b.Line, p.Name, RuleMessages.Format("Param_BracketsAscend", up, previous.UpTo)));
            if (previous.UpTo is { } seam)
            {
                var below = seam * previous.Rate - previous.QuickDeduction;
                var above = seam * b.Rate - b.QuickDeduction;
                if (below != above)
                    errors.Add(new RuleError(p.File, b.Line, p.Name,
                        RuleMessages.Format("Param_BracketsContinuous", seam, below, above, b.QuickDeduction, seam * b.Rate - below)));
            }
        }
    }
}
