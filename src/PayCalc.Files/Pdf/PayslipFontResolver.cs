using PdfSharp.Fonts;

namespace PayCalc.Files.Pdf;

/// <summary>Gives PDFsharp the one font payslips are written in: WenQuanYi Micro Hei, shipped with PayCalc in
/// <c>Fonts/wqy-microhei.ttf</c> beside the program (Apache 2.0; see <c>Fonts/README.md</c>), so that a payslip shows
/// the same Chinese glyphs on every machine and embeds them, whatever fonts the machine has. Bold is simulated (the
/// font has one weight). PDFsharp keeps one resolver per process, set before the first font is used:
/// <see cref="EnsureInstalled"/> does that once.</summary>
public sealed class PayslipFontResolver : IFontResolver
{
    /// <summary>The family name the payslip layout asks for.</summary>
    public const string Family = "PayCalc Payslip";

    private const string FaceName = "wqy-microhei";
    private static readonly object Gate = new();
    private static bool _installed;

    private readonly Lazy<byte[]> _font;

    public PayslipFontResolver(string fontPath)
    {
        FontPath = fontPath;
        _font = new Lazy<byte[]>(() => File.ReadAllBytes(fontPath));
    }

    /// <summary>The TrueType file read (<c>.ttf</c> with glyf outlines: PDFsharp 6.2 reads neither <c>.ttc</c> nor CFF).</summary>
    public string FontPath { get; }

    /// <summary>Where the font is shipped: <c>Fonts/wqy-microhei.ttf</c> in the program's folder.</summary>
    public static string DefaultFontPath => Path.Combine(AppContext.BaseDirectory, "Fonts", "wqy-microhei.ttf");

    /// <summary>Installs the resolver for the process (once; later calls do nothing).</summary>
    /// <exception cref="FileNotFoundException">The shipped font is missing (a broken installation).</exception>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            var path = DefaultFontPath;
            if (!File.Exists(path))
                throw new FileNotFoundException($"The payslip font is missing: {path} (it ships with PayCalc; reinstall or rebuild).", path);
            GlobalFontSettings.FontResolver = new PayslipFontResolver(path);
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(FaceName, mustSimulateBold: isBold, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName == FaceName ? _font.Value : null;
}
