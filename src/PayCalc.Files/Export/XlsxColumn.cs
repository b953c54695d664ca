namespace PayCalc.Files.Export;

/// <summary>A worksheet column: header text (may hold a line break) and width in Excel character units. A column with
/// <paramref name="OutlineLevel"/> 1 belongs to a collapsible group (Data > Group); <paramref name="Hidden"/> collapses
/// it, so it is neither shown nor printed until the reader expands the group.</summary>
internal sealed record XlsxColumn(string Header, double Width, int OutlineLevel = 0, bool Hidden = false)
{
    /// <summary>The printed width in points: Excel's character unit is the width of a digit of the default font
    /// (7 px for Calibri 11) plus 5 px of padding; 96 px are 72 pt.</summary>
    public double WidthPoints => (Width * 7 + 5) * 0.75;
}
