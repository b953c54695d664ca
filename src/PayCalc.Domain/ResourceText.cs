using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace PayCalc.Domain;

/// <summary>
/// One resource file pair of people-facing texts (<c>X.resx</c>: Chinese, the neutral language; <c>X.en.resx</c>:
/// English), read in the language of <see cref="CultureInfo.CurrentUICulture"/>. Every assembly's text accessor
/// (<c>Messages</c>, <c>RuleMessages</c>, <c>ExportText</c>, ...) reads through one of these.
/// </summary>
public sealed class ResourceText(string baseName, Assembly assembly)
{
    private readonly ResourceManager _resources = new(baseName, assembly);

    // ResourceManager looks a text up through the culture's fallback chain on every call; the writers ask for the same
    // few texts once per agent (100,000 times a run), so each text is kept once found.
    private readonly ConcurrentDictionary<(string Culture, string Key), string> _found = new();

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources.</exception>
    public string Get(string key)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (_found.TryGetValue((culture.Name, key), out var text)) return text;
        text = _resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing resource {key} in {baseName}.");
        _found.TryAdd((culture.Name, key), text);
        return text;
    }

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers formatted by the current culture).</summary>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
