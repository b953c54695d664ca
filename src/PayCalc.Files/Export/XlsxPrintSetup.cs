namespace PayCalc.Files.Export;

/// <summary>How a sheet prints: always A4 (paperSize 9). Either a fixed <see cref="Scale"/> (percent) or
/// <see cref="FitToWidth"/> (one page wide, as many tall as needed). Manual breaks are kept only with a fixed scale
/// (Excel ignores them when fitting), so a sheet that breaks by hand sets its own scale.</summary>
internal sealed record XlsxPrintSetup
{
    /// <summary>A4's short side: the printed height of a landscape page, in points.</summary>
    public const double A4ShortSidePoints = 595.3;

    /// <summary>A4's long side: the printed width of a landscape page, in points.</summary>
    public const double A4LongSidePoints = 841.9;

    public bool Landscape { get; init; } = true;

    public int? Scale { get; init; }

    public bool FitToWidth { get; init; }

    /// <summary>Left and right margin, inches.</summary>
    public double SideMarginInches { get; init; } = 0.4;

    /// <summary>Top and bottom margin, inches (the footer sits inside the bottom margin).</summary>
    public double TopBottomMarginInches { get; init; } = 0.6;

    /// <summary>Page footer in Excel's header/footer codes (<c>&amp;P</c> page, <c>&amp;N</c> pages), centred; none when null.</summary>
    public string? Footer { get; init; }

    /// <summary>0-based column indexes after which a new page starts.</summary>
    public IReadOnlyList<int> ColumnBreaks { get; init; } = [];

    /// <summary>Printable width of a page at 100 %, points.</summary>
    public double PrintableWidthPoints => (Landscape ? A4LongSidePoints : A4ShortSidePoints) - 2 * 72 * SideMarginInches;

    /// <summary>Printable height of a page at 100 %, points.</summary>
    public double PrintableHeightPoints => (Landscape ? A4ShortSidePoints : A4LongSidePoints) - 2 * 72 * TopBottomMarginInches;
}
