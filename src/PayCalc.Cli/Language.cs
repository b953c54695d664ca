using System.Globalization;

namespace PayCalc.Cli;

/// <summary>
/// The language of what the command line prints (<see cref="CultureInfo.CurrentUICulture"/>): <c>--lang zh|en</c> when
/// given, else the setting <c>Culture</c> (default zh-CN, environment <c>PAYCALC_CULTURE</c>). Formatting of numbers and
/// dates keeps following <c>Culture</c> (<see cref="CultureInfo.CurrentCulture"/>): <c>--lang</c> changes only words.
/// </summary>
public static class Language
{
    public const string OptionName = "--lang";

    /// <summary>The values of <c>--lang</c> and the UI culture each selects.</summary>
    public static readonly IReadOnlyDictionary<string, string> Choices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = "zh-CN",
        ["en"] = "en",
    };

    /// <summary>
    /// The value of <c>--lang</c> in <paramref name="args"/> (<c>--lang en</c>, <c>--lang=en</c> or <c>--lang:en</c>; the
    /// last wins), read before the command line is parsed so that even a parse error is printed in that language.
    /// Returns null when absent, "" when <c>--lang</c> is the last argument (no value). Stops at <c>--</c>.
    /// </summary>
    public static string? Scan(IReadOnlyList<string> args)
    {
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--") break;
            if (a == OptionName) value = i + 1 < args.Count ? args[++i] : "";
            else if (a.StartsWith(OptionName + "=", StringComparison.Ordinal) || a.StartsWith(OptionName + ":", StringComparison.Ordinal))
                value = a[(OptionName.Length + 1)..];
        }
        return value;
    }

    /// <summary>The UI culture of a <c>--lang</c> value, or null when the value is not one of <see cref="Choices"/>.</summary>
    public static CultureInfo? FromOption(string value) =>
        Choices.TryGetValue(value.Trim(), out var name) ? CultureInfo.GetCultureInfo(name) : null;

    /// <summary>Sets the UI culture of this flow and of threads started without one.</summary>
    public static void Use(CultureInfo culture, bool processWide)
    {
        CultureInfo.CurrentUICulture = culture;
        if (processWide) CultureInfo.DefaultThreadCurrentUICulture = culture;
    }
}
