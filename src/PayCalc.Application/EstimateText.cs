using System.Globalization;
using System.Resources;

namespace PayCalc.Application;

/// <summary>The texts of previews, estimates and what-ifs (<c>Resources/EstimateText.resx</c>: Chinese;
/// <c>EstimateText.en.resx</c>: English), in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
public static class EstimateText
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Application.Resources.EstimateText", typeof(EstimateText).Assembly);

    /// <exception cref="InvalidOperationException">No text under <paramref name="key"/>.</exception>
    public static string Get(string key) => R.Get(key);

    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
