using System.Globalization;
using System.Resources;

namespace PayCalc.Application;

/// <summary>
/// The sentences of <c>paycalc rules diff</c> (and of the rule changes <c>simulate</c> reports): each change, the words of its old and new values, and the plan file errors of a side, from
/// <c>Resources/DiffText.resx</c> (Chinese, the neutral language) and <c>DiffText.en.resx</c> (English), in the
/// language of <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public static class DiffText
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Application.Resources.DiffText", typeof(DiffText).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers formatted by the current culture).</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
