using System.Text;
using PdfSharp.Fonts;

namespace PayCalc.Files.Pdf;

/// <summary>Gives PDFsharp the font payslips are written in: WenQuanYi Micro Hei, shipped with PayCalc in <c>Fonts/</c>
/// beside the program (Apache 2.0; see <c>Fonts/README.md</c>), so that a payslip shows the same Chinese glyphs on
/// every machine and embeds them, whatever fonts the machine has. Two faces of it: <see cref="Family"/>, cut to GB 2312
/// (fast to embed), and <see cref="FullFamily"/>, the whole font, for a payslip with a character outside GB 2312
/// (<see cref="CoversAll"/> decides). Bold is simulated (the font has one weight). PDFsharp keeps one resolver per
/// process, set before the first font is used: <see cref="EnsureInstalled"/> does that once.</summary>
public sealed class PayslipFontResolver : IFontResolver
{
    /// <summary>The GB 2312 face.</summary>
    public const string Family = "PayCalc Payslip";

    /// <summary>The whole font.</summary>
    public const string FullFamily = "PayCalc Payslip Full";

    private const string LiteFace = "wqy-microhei-gb2312";
    private const string FullFace = "wqy-microhei";
    private static readonly object Gate = new();
    private static bool _installed;
    private static HashSet<int> _liteCharacters = [];

    private readonly Lazy<byte[]> _lite, _full;

    public PayslipFontResolver(string fontFolder)
    {
        FontFolder = fontFolder;
        _lite = new Lazy<byte[]>(() => File.ReadAllBytes(Path.Combine(fontFolder, LiteFace + ".ttf")));
        _full = new Lazy<byte[]>(() => File.ReadAllBytes(Path.Combine(fontFolder, FullFace + ".ttf")));
    }

    /// <summary>The folder of the TrueType files (<c>.ttf</c> with glyf outlines: PDFsharp 6.2 reads neither <c>.ttc</c> nor CFF).</summary>
    public string FontFolder { get; }

    /// <summary>Where the fonts are shipped: <c>Fonts/</c> in the program's folder.</summary>
    public static string DefaultFontFolder => Path.Combine(AppContext.BaseDirectory, "Fonts");

    /// <summary>Installs the resolver for the process (once; later calls do nothing).</summary>
    /// <exception cref="FileNotFoundException">A shipped font file is missing (a broken installation).</exception>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            var folder = DefaultFontFolder;
            foreach (var file in new[] { LiteFace + ".ttf", FullFace + ".ttf", LiteFace + ".chars.txt" })
            {
                var path = Path.Combine(folder, file);
                if (!File.Exists(path))
                    throw new FileNotFoundException($"The payslip font is missing: {path} (it ships with PayCalc; reinstall or rebuild).", path);
            }
            var characters = new HashSet<int>();
            foreach (var rune in File.ReadAllText(Path.Combine(folder, LiteFace + ".chars.txt"), Encoding.UTF8).EnumerateRunes())
                characters.Add(rune.Value);
            _liteCharacters = characters;
            GlobalFontSettings.FontResolver = new PayslipFontResolver(folder);
            _installed = true;
        }
    }

    /// <summary>True when the GB 2312 face has every character of <paramref name="texts"/> (spaces and line breaks aside).</summary>
    public static bool CoversAll(IEnumerable<string> texts)
    {
        foreach (var text in texts)
            foreach (var rune in text.EnumerateRunes())
                if (rune.Value > ' ' && !_liteCharacters.Contains(rune.Value)) return false;
        return true;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(familyName == FullFamily ? FullFace : LiteFace, mustSimulateBold: isBold, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        LiteFace => _lite.Value,
        FullFace => _full.Value,
        _ => null,
    };
}
