using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>
/// Canonical text of rule values and formulas for <see cref="RuleComparison"/>: two rules are the same when their
/// canonical texts are equal, so spacing, trailing zeros (<c>2.0</c> = <c>2</c>) and the order of a table's keys
/// do not count as changes.
/// </summary>
internal static partial class RuleText
{
    /// <summary>A number without trailing zeros, invariant: <c>200000</c>, <c>1.5</c>, <c>0.003</c>.</summary>
    public static string Number(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Lower-case name of an enum value (<c>money</c>, <c>earning</c>).</summary>
    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Text with every run of white space made one space, trimmed (folded YAML text may wrap anywhere).</summary>
    public static string Words(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A table's entries ordered by key (numbers by value, else ordinal): <c>{3: 0.003, 6: 0.005}</c>.</summary>
    public static string Table(IReadOnlyDictionary<string, decimal> table) =>
        "{" + string.Join(", ", table
            .OrderBy(e => decimal.TryParse(e.Key, NumberStyles.Number, CultureInfo.InvariantCulture, out var k) ? 0 : 1)
            .ThenBy(e => decimal.TryParse(e.Key, NumberStyles.Number, CultureInfo.InvariantCulture, out var k) ? k : 0)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key}: {Number(e.Value)}")) + "}";

    /// <summary>A scale's tiers in order: <c>from 0: 0, above 0: 30, from 4: 60</c>.</summary>
    public static string Scale(IReadOnlyList<ScaleTier> tiers) =>
        string.Join(DiffText.Get("Value_TierSeparator"), tiers.Select(t => DiffText.Format(t.Exclusive ? "Value_ScaleAbove" : "Value_ScaleFrom", Number(t.Threshold), Number(t.Value))));

    /// <summary>Tax brackets in order: <c>up to 36000: 0.03 - 0, ..., above: 0.45 - 181920</c>.</summary>
    public static string Brackets(IReadOnlyList<Bracket> brackets) =>
        string.Join(DiffText.Get("Value_TierSeparator"), brackets.Select(b => b.UpTo is { } up
            ? DiffText.Format("Value_BracketUpTo", Number(up), Number(b.Rate), Number(b.QuickDeduction))
            : DiffText.Format("Value_BracketAbove", Number(b.Rate), Number(b.QuickDeduction))));

    /// <summary>
    /// A formula with its spacing made canonical: no white space outside string literals except one space between
    /// two word characters (<c>a*b</c> = <c>a * b</c>, <c>x is null</c> keeps its spaces).
    /// </summary>
    public static string Formula(string? formula)
    {
        if (string.IsNullOrWhiteSpace(formula)) return "";
        var sb = new StringBuilder(formula.Length);
        var pendingSpace = false;
        for (var i = 0; i < formula.Length; i++)
        {
            var c = formula[i];
            if (c == '"')
            {
                var end = formula.IndexOf('"', i + 1);
                end = end < 0 ? formula.Length - 1 : end;
                if (pendingSpace && sb.Length > 0 && IsWord(sb[^1])) sb.Append(' ');
                pendingSpace = false;
                sb.Append(formula, i, end - i + 1);
                i = end;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && sb.Length > 0 && IsWord(sb[^1]) && IsWord(c)) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The names <paramref name="formulas"/> read, in order of first use: the formula tokenizer's names less
    /// lambda parameters (<c>s</c> in <c>shifts.Sum(s =&gt; s.Hours)</c>) and the literals true, false and null.</summary>
    public static IReadOnlyList<string> Reads(params string?[] formulas)
    {
        var names = new List<string>();
        foreach (var formula in formulas)
        {
            if (string.IsNullOrWhiteSpace(formula)) continue;
            var lambdaParameters = LambdaParameters().Matches(formula)
                .SelectMany(m => m.Groups[1].Success ? [m.Groups[1].Value] : m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (text, isName) in FormulaText.Split(formula))
                if (isName && !lambdaParameters.Contains(text) && text is not ("true" or "false" or "null") && !names.Contains(text))
                    names.Add(text);
        }
        return names;
    }

    [GeneratedRegex(@"(?<![\w.])([A-Za-z_]\w*)\s*=>|\(\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*\)\s*=>")]
    private static partial Regex LambdaParameters();
}
