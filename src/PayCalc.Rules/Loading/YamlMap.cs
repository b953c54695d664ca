using System.Globalization;
using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Strict reading of one YAML mapping: every key must be known, required keys present, and each
/// problem is recorded with file:line and the code of the rule being read. Never guesses a default.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly List<RuleError> _errors;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, List<RuleError> errors, string? code)
    {
        _node = node;
        _file = file;
        _errors = errors;
        Code = code;
    }

    public string? Code { get; set; }

    /// <summary>A mapping nested in this one (a tier, a bracket): same file, same rule code.</summary>
    public YamlMap Nested(YamlMappingNode node) => new(node, _file, _errors, Code);

    public int Line => LineOf(_node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Error(YamlNode node, string message) => _errors.Add(new RuleError(_file, LineOf(node), Code, message));

    public void Error(int line, string message) => _errors.Add(new RuleError(_file, line, Code, message));

    public YamlNode? Node(string key)
    {
        _read.Add(key);
        foreach (var (k, v) in _node.Children)
            if (k is YamlScalarNode s && s.Value == key) return v;
        return null;
    }

    public string? OptionalText(string key)
    {
        var n = Node(key);
        if (n is null) return null;
        if (n is YamlScalarNode s) return s.Value;
        Error(n, RuleMessages.Format("Yaml_NotSingleValue", key));
        return null;
    }

    public string RequiredText(string key)
    {
        var n = Node(key);
        if (n is null)
        {
            Error(_node, RuleMessages.Format("Yaml_MissingKey", key));
            return "";
        }
        if (n is YamlScalarNode { Value: { Length: > 0 } v }) return v;
        Error(n, RuleMessages.Format("Yaml_EmptyValue", key));
        return "";
    }

    /// <summary>A list of names (<c>[a, b]</c>); empty when the key is missing.</summary>
    public IReadOnlyList<string> NameList(string key) =>
        OptionalSequence(key)?.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList() ?? [];

    public int LineOfKey(string key) => Node(key) is { } n ? LineOf(n) : Line;

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalText(key);
        if (text is null) return null;
        if (TryDate(text, out var d)) return d;
        Error(Node(key)!, RuleMessages.Format("Yaml_NotDate", key, text));
        return null;
    }

    public bool OptionalBool(string key, bool whenMissing)
    {
        var text = OptionalText(key);
        if (text is null) return whenMissing;
        if (bool.TryParse(text, out var b)) return b;
        Error(Node(key)!, RuleMessages.Format("Yaml_NotBool", key, text));
        return whenMissing;
    }

    public T OptionalEnum<T>(string key, T whenMissing) where T : struct, Enum
    {
        var text = OptionalText(key);
        if (text is null) return whenMissing;
        if (TryEnum<T>(text, out var value)) return value;
        Error(Node(key)!, RuleMessages.Format("Yaml_NotOneOf", key, string.Join(", ", Enum.GetNames<T>().Select(Snake)), text));
        return whenMissing;
    }

    public YamlMappingNode? OptionalMapping(string key)
    {
        var n = Node(key);
        if (n is null or YamlMappingNode) return (YamlMappingNode?)n;
        Error(n, RuleMessages.Format("Yaml_NotMapping", key));
        return null;
    }

    public YamlSequenceNode? OptionalSequence(string key)
    {
        var n = Node(key);
        if (n is null or YamlSequenceNode) return (YamlSequenceNode?)n;
        Error(n, RuleMessages.Format("Yaml_NotList", key));
        return null;
    }

    /// <summary>Reports every key that was never asked for: a typo must not be silently ignored.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (k, _) in _node.Children)
            if (k is YamlScalarNode s && !_read.Contains(s.Value ?? ""))
                Error(k, RuleMessages.Format("Yaml_UnknownKey", s.Value));
    }

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Reads an enum by its name only (<c>per_period</c> or <c>PerPeriod</c>, any case). Unlike <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
    /// it refuses numbers (<c>category: 0</c> would silently mean the first member), comma lists and padded text.
    /// </summary>
    public static bool TryEnum<T>(string text, out T value) where T : struct, Enum
    {
        var name = text.Replace("_", "");
        foreach (var candidate in Enum.GetNames<T>())
        {
            if (!string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)) continue;
            value = Enum.Parse<T>(candidate);
            return true;
        }
        value = default;
        return false;
    }

    public static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
