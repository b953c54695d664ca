namespace PayCalc.Files.Export;

/// <summary>Cell formats defined in the styles part written by <see cref="XlsxPackageWriter"/> (indexes into cellXfs).</summary>
internal enum XlsxStyle
{
    Default = 0,
    Money = 1,
    Header = 2,
    TotalMoney = 3,
    TotalText = 4,
    /// <summary>Money with thin borders (a 工资条 strip's amounts).</summary>
    BorderedMoney = 5,
    /// <summary>Text with thin borders, left aligned (the net amount in capital numerals).</summary>
    BorderedText = 6,
    /// <summary>A group's label (应发, 扣款, 实发): bold on the header fill, with borders.</summary>
    GroupLabel = 7,
    /// <summary>Bold money on the header fill: a team's subtotal row.</summary>
    SubtotalMoney = 8,
    /// <summary>Bold text on the header fill: a team's subtotal label.</summary>
    SubtotalText = 9,
    /// <summary>A ratio shown as a percentage with two decimals (0.00%).</summary>
    Percent = 10,
}
