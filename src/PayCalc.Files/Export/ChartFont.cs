using PayCalc.Files.Pdf;
using ScottPlot;

namespace PayCalc.Files.Export;

/// <summary>The font of PayCalc's charts: the GB 2312 cut of WenQuanYi Micro Hei that PayCalc ships for the payslip PDFs
/// (<c>Fonts/</c> beside the program), registered with ScottPlot once, so that Chinese titles have their glyphs and a
/// chart is drawn the same on every machine whatever fonts it has.</summary>
internal static class ChartFont
{
    private const string Name = "PayCalc Chart";
    private static readonly Lazy<bool> Installed = new(Install);

    /// <summary>Sets the plot's fonts to the shipped one; leaves ScottPlot's default (no Chinese glyphs) when the font
    /// is not beside the program.</summary>
    public static void Apply(Plot plot)
    {
        if (Installed.Value) plot.Font.Set(Name);
    }

    private static bool Install()
    {
        var path = Path.Combine(PayslipFontResolver.DefaultFontFolder, "wqy-microhei-gb2312.ttf");
        if (!File.Exists(path)) return false;
        Fonts.AddFontFile(Name, path);
        return true;
    }
}
