using System.Globalization;

namespace PayCalc.Domain;

/// <summary>
/// The fixed words of an explanation (<see cref="Payroll.TraceText"/>: <c>rule:</c>, <c>values:</c>, the kinds of inputs,
/// the sign of a line, ...) from <c>Resources/TraceWords.resx</c> (Chinese, the neutral language) and
/// <c>TraceWords.en.resx</c> (English), in the language of <see cref="CultureInfo.CurrentUICulture"/>. Formulas, rule ids
/// and names stay as the plan writes them.
/// </summary>
public static class TraceWords
{
    private static readonly ResourceText R = new("PayCalc.Domain.Resources.TraceWords", typeof(TraceWords).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers formatted by the current culture).</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
