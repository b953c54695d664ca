using PayCalc.Files.Export;

namespace PayCalc.Tests.Files.Export;

public sealed class ChineseCapitalAmountTests
{
    [Theory]
    [InlineData("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分")]
    [InlineData("10000", "壹万元整")]
    [InlineData("10000.00", "壹万元整")]
    [InlineData("1005.00", "壹仟零伍元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.30", "叁角")]
    [InlineData("0.35", "叁角伍分")]
    [InlineData("0", "零元整")]
    [InlineData("1", "壹元整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("101", "壹佰零壹元整")]
    [InlineData("110", "壹佰壹拾元整")]
    [InlineData("1001", "壹仟零壹元整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("1409.02", "壹仟肆佰零玖元零贰分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("4922.40", "肆仟玖佰贰拾贰元肆角")]
    [InlineData("10500", "壹万零伍佰元整")]
    [InlineData("100010", "壹拾万零壹拾元整")]
    [InlineData("107000.53", "壹拾万柒仟元伍角叁分")]
    [InlineData("1000001", "壹佰万零壹元整")]
    [InlineData("325000.09", "叁拾贰万伍仟元零玖分")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("120003400", "壹亿贰仟万叁仟肆佰元整")]
    [InlineData("1000000000000", "壹万亿元整")]
    [InlineData("9999999999999999.99", "玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    [InlineData("-240.00", "负贰佰肆拾元整")]
    [InlineData("-0.05", "负伍分")]
    public void Of_Amount_WrittenInCapitalNumerals(string amount, string expected)
    {
        Assert.Equal(expected, ChineseCapitalAmount.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("12.345")]
    [InlineData("10000000000000000")]
    [InlineData("-10000000000000000")]
    public void Of_NotRoundedToFenOrTooLarge_Throws(string amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseCapitalAmount.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Of_TrailingZerosOfScale_Ignored()
    {
        Assert.Equal(ChineseCapitalAmount.Of(12.3m), ChineseCapitalAmount.Of(12.3000m));
    }
}
