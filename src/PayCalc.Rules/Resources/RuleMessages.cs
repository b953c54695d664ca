using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace PayCalc.Rules;

/// <summary>
/// The people-facing texts of rule loading and computing (<c>Resources/RuleMessages.resx</c>, Chinese; English in
/// <c>RuleMessages.en.resx</c>), in the language of <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public static class RuleMessages
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Rules.Resources.RuleMessages", typeof(RuleMessages).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI language.</summary>
    /// <exception cref="InvalidOperationException">No such key.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with its {0}, {1}... filled in.</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);

    /// <summary>A day as rule files write it: <c>2026-10-01</c>.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What went wrong in a computation, in the current language where the runtime's own text is English only.</summary>
    public static string Of(Exception ex) => ex switch
    {
        DivideByZeroException => Get("Compute_DivideByZero"),
        OverflowException => Get("Compute_Overflow"),
        _ => ex.Message,
    };

    /// <summary>True when the current UI language is English (the plan's <c>_en</c> texts are used).</summary>
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
