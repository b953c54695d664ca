using System.Globalization;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// First look at a formula, on its raw text and without recursion: refuses one too long or nested too deep
/// (see <see cref="RuleLimits"/>) before the expression parser, which recurses once per level, can overflow the stack.
/// </summary>
internal static class FormulaSize
{
    /// <summary>The problem with the formula's size, or null when the parser may read it.</summary>
    public static string? Check(string text, string what)
    {
        if (text.Length > RuleLimits.MaxFormulaLength)
            return RuleMessages.Format("Formula_TooLong", what, text.Length.ToString("N0", CultureInfo.InvariantCulture), RuleLimits.MaxFormulaLength.ToString("N0", CultureInfo.InvariantCulture));
        // Each open bracket keeps a count of the conditionals and lambdas begun inside it: they nest until the bracket closes.
        var open = new Stack<int>();
        var inner = 0;
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\') i++;
                else if (c == q) quote = null;
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    continue;
                case '(' or '[' or '{':
                    open.Push(inner);
                    inner = 0;
                    depth++;
                    break;
                case ')' or ']' or '}':
                    // An unbalanced closer is the parser's to report.
                    if (open.Count == 0) continue;
                    depth -= inner + 1;
                    inner = open.Pop();
                    continue;
                case '?' when !IsNullOperator(text, i):
                case '=' when i + 1 < text.Length && text[i + 1] == '>':
                    inner++;
                    depth++;
                    break;
                default:
                    continue;
            }
            if (depth > RuleLimits.MaxFormulaNesting)
                return RuleMessages.Format("Formula_TooNested", what, RuleLimits.MaxFormulaNesting, i + 1);
        }
        return null;
    }

    /// <summary><c>??</c> and <c>?.</c> are operators of their own, not a conditional's start.</summary>
    private static bool IsNullOperator(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is '?' or '.' || i > 0 && text[i - 1] == '?';
}
