using System.Text;

namespace PayCalc.Files.Export;

/// <summary>An amount of yuan in Chinese capital numerals (大写金额), as payment slips and bank forms show it so that
/// a figure cannot be altered by adding a stroke: 12345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分.
/// Follows the People's Bank of China rules for writing amounts on payment instruments (正确填写票据和结算凭证的基本规定):
/// <list type="bullet">
/// <item>whole yuan end with 整 (10000 → 壹万元整); an amount with fen has no 整; after 角 we write no 整 (allowed);</item>
/// <item>zeros inside the yuan are written as one 零 (1005 → 壹仟零伍元整, 100010 → 壹拾万零壹拾元整), and so is a
/// 0 in the 角 place before a fen (1409.02 → 壹仟肆佰零玖元零贰分); a zero 元 place before a 角 is not written
/// (1680.32 → 壹仟陆佰捌拾元叁角贰分, which the rules allow);</item>
/// <item>amounts under one yuan start at the first non-zero unit (0.05 → 伍分); zero is 零元整;</item>
/// <item>negative amounts are prefixed 负 (a net that is negative after a deduction or a clawback).</item>
/// </list>
/// The amount must already be rounded to the fen (a payslip line is rounded once, where it is computed): more
/// decimals are a caller's mistake, not something to round away here.</summary>
public static class ChineseCapitalAmount
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] DigitUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] SectionUnits = ["", "万", "亿", "万亿"];

    /// <summary>The largest amount written: 9,999,999,999,999,999.99 yuan (up to 万亿).</summary>
    public const decimal Max = 9_999_999_999_999_999.99m;

    /// <summary>The amount in capital numerals.</summary>
    /// <exception cref="ArgumentOutOfRangeException">More than two decimals, or beyond <see cref="Max"/>.</exception>
    public static string Of(decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount in capital numerals must be rounded to the fen.");
        if (Math.Abs(amount) > Max)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"An amount in capital numerals must be at most {Max}.");

        var sb = new StringBuilder(32);
        if (amount < 0) sb.Append('负');
        var fenTotal = (long)(Math.Abs(amount) * 100m);
        var yuan = fenTotal / 100;
        var jiao = (int)(fenTotal / 10 % 10);
        var fen = (int)(fenTotal % 10);

        if (yuan == 0 && jiao == 0 && fen == 0) return sb.Append("零元整").ToString();
        if (yuan > 0)
        {
            AppendYuan(sb, yuan);
            sb.Append('元');
        }
        if (jiao == 0 && fen == 0) return sb.Append('整').ToString();
        if (jiao > 0) sb.Append(Digits[jiao]).Append('角');
        else if (yuan > 0) sb.Append('零');
        if (fen > 0) sb.Append(Digits[fen]).Append('分');
        return sb.ToString();
    }

    /// <summary>Four-digit sections from the highest: a section of zeros writes nothing but a 零 before the next non-zero
    /// one; a section under 1000 below a non-zero one starts with 零 (壹万零伍佰).</summary>
    private static void AppendYuan(StringBuilder sb, long yuan)
    {
        Span<int> sections = stackalloc int[SectionUnits.Length];
        var count = 0;
        for (var rest = yuan; rest > 0; rest /= 10_000) sections[count++] = (int)(rest % 10_000);

        var start = sb.Length;
        var zeroPending = false;
        for (var i = count - 1; i >= 0; i--)
        {
            var section = sections[i];
            if (section == 0)
            {
                zeroPending = sb.Length > start;
                continue;
            }
            if (sb.Length > start && (zeroPending || section < 1000)) sb.Append('零');
            zeroPending = false;
            AppendSection(sb, section);
            sb.Append(SectionUnits[i]);
        }
    }

    private static void AppendSection(StringBuilder sb, int section)
    {
        var started = false;
        var zero = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = section / Pow10(place) % 10;
            if (digit == 0)
            {
                zero = started;
                continue;
            }
            if (zero) sb.Append('零');
            zero = false;
            started = true;
            sb.Append(Digits[digit]).Append(DigitUnits[place]);
        }
    }

    private static int Pow10(int place) => place switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
}
