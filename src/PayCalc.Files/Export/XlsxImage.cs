namespace PayCalc.Files.Export;

/// <summary>A PNG picture placed on a worksheet (0-based sheet index) with its top-left corner at a 0-based cell, shown at its pixel size.</summary>
internal sealed record XlsxImage(int Sheet, byte[] Png, int Row, int Column, int WidthPixels, int HeightPixels);
