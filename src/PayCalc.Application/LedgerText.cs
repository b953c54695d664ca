using System.Globalization;

namespace PayCalc.Application;

/// <summary>
/// People-facing texts of the bonus ledger report (<c>paycalc ledger</c>) and the warnings and refusals of recomputing a
/// stored month, from <c>Resources/LedgerText.resx</c> (Chinese, the neutral language) and <c>LedgerText.en.resx</c>
/// (English), in the language of <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public static class LedgerText
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Application.Resources.LedgerText", typeof(LedgerText).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers formatted by the current culture).</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
