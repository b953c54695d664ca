using System.Globalization;
using System.Text;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// A formula split once into literal text and named values, so explaining a line for 100,000 agents
/// is string concatenation. Names after a dot (member access) and lambda parameters are left as written.
/// </summary>
internal sealed class FormulaTemplate
{
    public static readonly FormulaTemplate Empty = new("", [], []);

    private readonly string[] _parts;
    private readonly Func<Runtime.AgentScope, string>?[] _values;

    private readonly Dictionary<string, Func<Runtime.AgentScope, string>> _byName = new(StringComparer.Ordinal);

    private FormulaTemplate(string text, string[] parts, Func<Runtime.AgentScope, string>?[] values)
    {
        for (var i = 0; i < parts.Length; i++)
            if (values[i] is { } v) _byName[parts[i]] = v;
        Text = text;
        _parts = parts;
        _values = values;
        Names = values.Select((v, i) => (v, parts[i])).Where(x => x.v is not null).Select(x => x.Item2).Distinct().ToList();
    }

    public string Text { get; }

    /// <summary>Distinct scalar names the formula substitutes, in order of first appearance.</summary>
    public IReadOnlyList<string> Names { get; }

    public static FormulaTemplate Build(string text, Func<string, Func<Runtime.AgentScope, string>?> scalar)
    {
        var parts = new List<string>();
        var values = new List<Func<Runtime.AgentScope, string>?>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length - 1 : end;
                literal.Append(text, i, end - i + 1);
                i = end + 1;
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                var name = text[start..i];
                var afterDot = start > 0 && text[start - 1] == '.';
                var isCall = i < text.Length && text[i] == '(';
                var value = afterDot || isCall ? null : scalar(name);
                if (value is null) literal.Append(name);
                else
                {
                    parts.Add(literal.ToString());
                    values.Add(null);
                    literal.Clear();
                    parts.Add(name);
                    values.Add(value);
                }
                continue;
            }
            if (char.IsDigit(c))
            {
                // Keep numeric literals (and their m suffix) as written.
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.')) i++;
                literal.Append(text, start, i - start);
                continue;
            }
            literal.Append(c);
            i++;
        }
        parts.Add(literal.ToString());
        values.Add(null);
        return new FormulaTemplate(text, parts.ToArray(), values.ToArray());
    }

    /// <summary>The display value of one of <see cref="Names"/> for an agent.</summary>
    public string ValueOf(string name, Runtime.AgentScope scope) => _byName[name](scope);

    public string Render(Runtime.AgentScope scope)
    {
        var sb = new StringBuilder(Text.Length + 16);
        for (var i = 0; i < _parts.Length; i++)
            sb.Append(_values[i] is { } v ? v(scope) : _parts[i]);
        return sb.ToString();
    }

    /// <summary>Display form of a value: at most 4 decimals, no trailing zeros, invariant culture.</summary>
    public static string Format(decimal value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == decimal.Truncate(rounded) && rounded is > -1_000_000_000m and < 1_000_000_000m)
            return ((long)rounded).ToString(CultureInfo.InvariantCulture);
        // Dividing by 1.0000... drops trailing zeros (decimal scale) so the fast general format suffices.
        return (rounded / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }

    public static string FormatExact(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
