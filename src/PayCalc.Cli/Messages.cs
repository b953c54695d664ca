using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace PayCalc.Cli;

/// <summary>
/// People-facing texts of this assembly from <c>Resources/Messages.resx</c> (Chinese, the neutral language) and
/// <c>Messages.en.resx</c> (English), in the language of <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
internal static class Messages
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Cli.Resources.Messages", typeof(Messages).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers formatted by the current culture).</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
