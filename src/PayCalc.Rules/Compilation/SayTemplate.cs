using System.Text.RegularExpressions;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// A line's explanation in words (<c>say:</c> / <c>say_en:</c>): text with plan names in braces. At load every name
/// must be one the plan knows and that has one value to show (a parameter, metric, engine fact, line or variable; not
/// a table, scale or month-by-month history); the trace fills them in (<see cref="PayCalc.Domain.Payroll.FormulaText.Fill"/>).
/// </summary>
internal static partial class SayTemplate
{
    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    /// <summary>The names <paramref name="text"/> shows, after checking each; problems go to <paramref name="site"/> at
    /// <paramref name="line"/>, naming the key (<paramref name="what"/>).</summary>
    public static IReadOnlyList<string> Check(string text, int line, string what, PlanNames names, FormulaSite site)
    {
        var found = new List<string>();
        var rest = Placeholder().Replace(text, "");
        if (rest.Contains('{') || rest.Contains('}'))
            site.Error(line, RuleMessages.Format("Say_Braces", what, text));
        foreach (Match m in Placeholder().Matches(text))
        {
            var name = m.Groups[1].Value.Trim();
            if (!Identifier().IsMatch(name))
                site.Error(line, RuleMessages.Format("Say_NotAName", what, m.Value));
            else if (names.Scalars.ContainsKey(name))
            {
                if (!found.Contains(name)) found.Add(name);
            }
            else if (names.Names.ContainsKey(name))
                site.Error(line, RuleMessages.Format("Say_NoSingleValue", what, name));
            else if (FormulaCompiler.Closest(name, names.Scalars.Keys) is { } near)
                site.Error(line, RuleMessages.Format("Say_UnknownNameDidYouMean", what, name, near));
            else
                site.Error(line, RuleMessages.Format("Say_UnknownName", what, name));
        }
        return found;
    }
}
