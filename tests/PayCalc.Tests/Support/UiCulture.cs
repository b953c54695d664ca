namespace PayCalc.Tests.Support;
public sealed class UiCulture : IDisposable {
    readonly System.Globalization.CultureInfo _old = System.Globalization.CultureInfo.CurrentUICulture;
    UiCulture(string name) => System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(name);
    public static UiCulture Use(string name) => new(name);
    public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _old; }
