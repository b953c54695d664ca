using System.Globalization;
using System.Text;

namespace PayCalc.Domain.Payroll;

/// <summary>
/// How a formula is explained: its names replaced by the values that went in. One tokenizer serves the
/// engine (which splits each formula once per run) and the store (which re-renders an intermediate value's
/// formula from the values kept with the payslip), so both produce the same text.
/// </summary>
public static class FormulaText
{
    /// <summary>
    /// Splits a formula into literal text and substitutable names. A name is an identifier that is not a member
    /// access (after a dot) or a call (before a parenthesis); string and numeric literals stay as written.
    /// </summary>
    public static IReadOnlyList<(string Text, bool IsName)> Split(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var tokens = new List<(string, bool)>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (c == '"')
            {
                var end = formula.IndexOf('"', i + 1);
                end = end < 0 ? formula.Length - 1 : end;
                literal.Append(formula, i, end - i + 1);
                i = end + 1;
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < formula.Length && (char.IsLetterOrDigit(formula[i]) || formula[i] == '_')) i++;
                var afterDot = start > 0 && formula[start - 1] == '.';
                var isCall = i < formula.Length && formula[i] == '(';
                if (afterDot || isCall) literal.Append(formula, start, i - start);
                else
                {
                    if (literal.Length > 0) tokens.Add((literal.ToString(), false));
                    literal.Clear();
                    tokens.Add((formula[start..i], true));
                }
                continue;
            }
            if (char.IsDigit(c))
            {
                // Numeric literals (and their m suffix) as written.
                var start = i;
                while (i < formula.Length && (char.IsLetterOrDigit(formula[i]) || formula[i] == '.')) i++;
                literal.Append(formula, start, i - start);
                continue;
            }
            literal.Append(c);
            i++;
        }
        if (literal.Length > 0) tokens.Add((literal.ToString(), false));
        return tokens;
    }

    /// <summary>The formula with every name <paramref name="valueOf"/> knows replaced by its value; other names stay.</summary>
    public static string Render(string formula, Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var sb = new StringBuilder(formula.Length + 16);
        foreach (var (text, isName) in Split(formula))
            sb.Append(isName && valueOf(text) is { } value ? value : text);
        return sb.ToString();
    }

    /// <summary>
    /// An explanation in words (a plan's <c>say:</c>) with each <c>{name}</c> replaced by <paramref name="valueOf"/>'s
    /// value (in <see cref="Display"/> form, as in formulas); a name without a value stays as written, braces included.
    /// </summary>
    public static string Fill(string template, Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(valueOf);
        var sb = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1).Trim();
            if (valueOf(name) is { } value) sb.Append(value);
            else sb.Append(template, open, close - open + 1);
            i = close + 1;
        }
        return sb.ToString();
    }

    private const int SmallWholeNumbers = 1024;

    private static readonly string[] SmallWhole =
        Enumerable.Range(0, SmallWholeNumbers).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Display form of a value in explanations: at most 4 decimals (half away from zero), no trailing zeros, invariant.</summary>
    public static string Display(decimal value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == decimal.Truncate(rounded) && rounded is > -1_000_000_000m and < 1_000_000_000m)
        {
            // Small whole numbers (days, hours, counts, flags) are most of what is shown: one string each.
            var whole = (long)rounded;
            return whole is >= 0 and < SmallWholeNumbers ? SmallWhole[whole] : whole.ToString(CultureInfo.InvariantCulture);
        }
        // Dividing by 1.0000... drops trailing zeros (decimal scale), so the fast general format suffices.
        return (rounded / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
