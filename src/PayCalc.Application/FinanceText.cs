using System.Globalization;
using System.Resources;

namespace PayCalc.Application;

/// <summary>
/// People-facing texts of finance's commands (verify, simulate, rules show, rules diff, test) from
/// <c>Resources/FinanceText.resx</c> (Chinese, the neutral language) and <c>FinanceText.en.resx</c> (English), in the
/// language of <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public static class FinanceText
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Application.Resources.FinanceText", typeof(FinanceText).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers formatted by the current culture).</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
