using System.Globalization;
using System.Resources;

namespace PayCalc.Application;

/// <summary>
/// People-facing texts of the tool commands (tax, ledger, users, payslips, generate, example, explain) from
/// <c>Resources/ToolText.resx</c> (Chinese, the neutral language) and <c>ToolText.en.resx</c> (English), in the language
/// of <see cref="CultureInfo.CurrentUICulture"/>. Public: the command line's help texts come from here too.
/// </summary>
public static class ToolText
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Application.Resources.ToolText", typeof(ToolText).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers formatted by the current culture).</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
