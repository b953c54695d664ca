namespace PayCalc.Web;

/// <summary>The web app's texts (<c>Resources/SharedText.resx</c>: Chinese; <c>SharedText.en.resx</c>: English), read through
/// <c>IStringLocalizer&lt;SharedText&gt;</c>.</summary>
public sealed class SharedText;
