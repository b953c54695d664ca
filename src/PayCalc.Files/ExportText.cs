using System.Globalization;
using System.Resources;

// [assembly: NeutralResourcesLanguage("zh-CN")] for this assembly is declared once, beside Messages (PayCalc.Files/Messages.cs).

namespace PayCalc.Files;

/// <summary>The words of the workbooks, 工资条 strips, register and payslip PDFs (<c>Resources/ExportText.resx</c>, Chinese;
/// <c>ExportText.en.resx</c>, English), in the language of <see cref="CultureInfo.CurrentUICulture"/>.</summary>
public static class ExportText
{
    private static readonly PayCalc.Domain.ResourceText R = new("PayCalc.Files.Resources.ExportText", typeof(ExportText).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI culture.</summary>
    /// <exception cref="InvalidOperationException">No such key.</exception>
    public static string Get(string key) => R.Get(key);

    /// <summary>The text of <paramref name="key"/> with {0}, {1}... filled in (numbers and dates in the current culture).</summary>
    public static string Format(string key, params object?[] args) => R.Format(key, args);
}
