namespace PayCalc.Files.Export;

/// <summary>Cell formats defined in the styles part written by <see cref="XlsxPackageWriter"/> (indexes into cellXfs).</summary>
internal enum XlsxStyle
{
    Default = 0,
    Money = 1,
    Header = 2,
    TotalMoney = 3,
    TotalText = 4,
}
