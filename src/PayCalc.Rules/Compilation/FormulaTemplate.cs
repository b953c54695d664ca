using System.Text;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// A formula split once into literal text and named values, so explaining a line for 100,000 agents
/// is string concatenation. Names after a dot (member access) and lambda parameters are left as written.
/// </summary>
internal sealed class FormulaTemplate
{
    public static readonly FormulaTemplate Empty = new("", [], []);

    private readonly string[] _parts;
    private readonly Func<AgentScope, string>?[] _values;

    private FormulaTemplate(string text, string[] parts, Func<AgentScope, string>?[] values)
    {
        Text = text;
        _parts = parts;
        _values = values;
        Names = values.Select((v, i) => (v, parts[i])).Where(x => x.v is not null).Select(x => x.Item2).Distinct().ToList();
    }

    public string Text { get; }

    /// <summary>Distinct scalar names the formula substitutes, in order of first appearance.</summary>
    public IReadOnlyList<string> Names { get; }

    public static FormulaTemplate Build(string text, Func<string, Func<AgentScope, string>?> scalar)
    {
        var parts = new List<string>();
        var values = new List<Func<AgentScope, string>?>();
        var literal = new StringBuilder();
        foreach (var (token, isName) in FormulaText.Split(text))
        {
            var value = isName ? scalar(token) : null;
            if (value is null)
            {
                literal.Append(token);
                continue;
            }
            parts.Add(literal.ToString());
            values.Add(null);
            literal.Clear();
            parts.Add(token);
            values.Add(value);
        }
        parts.Add(literal.ToString());
        values.Add(null);
        return new FormulaTemplate(text, parts.ToArray(), values.ToArray());
    }

    /// <summary>Appends the explanation (the formula with the agent's values substituted) to <paramref name="sb"/>.</summary>
    public void AppendTo(StringBuilder sb, AgentScope scope)
    {
        for (var i = 0; i < _parts.Length; i++)
            sb.Append(_values[i] is { } v ? v(scope) : _parts[i]);
    }

    /// <summary>Display form of a value (see <see cref="FormulaText.Display"/>).</summary>
    public static string Format(decimal value) => FormulaText.Display(value);
}
