using System.Globalization;

namespace PayCalc.Files.Import;

/// <summary>
/// Culture-invariant parsing of cell text. The common shapes (<c>yyyy-MM-dd</c>, <c>HH:mm</c>) are parsed
/// by hand because attendance files have millions of cells; other accepted shapes fall back to the BCL.
/// </summary>
internal static class TextParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d"];

    public static bool TryParseDate(ReadOnlySpan<char> s, out DateOnly value)
    {
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && TryDigits(s[..4], out var y) && TryDigits(s.Slice(5, 2), out var m) && TryDigits(s.Slice(8, 2), out var d))
        {
            if (y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                value = new DateOnly(y, m, d);
                return true;
            }
            value = default;
            return false;
        }
        // Excel exports of dates to CSV sometimes carry a midnight time: "2026-10-01 00:00:00".
        var space = s.IndexOf(' ');
        if (space > 0 && IsMidnight(s[(space + 1)..])) s = s[..space];
        return DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool IsMidnight(ReadOnlySpan<char> s) => s is "00:00" or "00:00:00" or "0:00" or "0:00:00";

    /// <summary>Parses <c>H:mm</c>, <c>HH:mm</c> or <c>HH:mm:ss</c> (seconds must be 0); <c>24:00</c> reads as 00:00.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> s, out TimeOnly value)
    {
        value = default;
        var colon = s.IndexOf(':');
        if (colon is < 1 or > 2 || s.Length < colon + 3) return false;
        if (!TryDigits(s[..colon], out var h) || !TryDigits(s.Slice(colon + 1, 2), out var min)) return false;
        var rest = s[(colon + 3)..];
        if (!rest.IsEmpty)
        {
            if (rest.Length != 3 || rest[0] != ':' || !TryDigits(rest[1..], out var sec) || sec != 0) return false;
        }
        if (min > 59) return false;
        if (h == 24 && min == 0) h = 0;
        if (h > 23) return false;
        value = new TimeOnly(h, min);
        return true;
    }

    public static bool TryParseDecimal(ReadOnlySpan<char> s, out decimal value)
    {
        if (s.IsEmpty)
        {
            value = 0;
            return false;
        }
        return decimal.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a period: <c>yyyy-MM</c>, <c>yyyy/MM</c> or <c>yyyyMM</c>.</summary>
    public static bool TryParsePeriod(ReadOnlySpan<char> s, out Domain.Period value)
    {
        value = default;
        int y, m;
        if (s.Length == 6 && TryDigits(s[..4], out y) && TryDigits(s[4..], out m)) { }
        else if (s.Length is 6 or 7 && (s[4] == '-' || s[4] == '/') && TryDigits(s[..4], out y) && TryDigits(s[5..], out m)) { }
        else return false;
        if (y is < 1900 or > 9999 || m is < 1 or > 12) return false;
        value = new Domain.Period(y, m);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        foreach (var c in s)
        {
            var d = c - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
