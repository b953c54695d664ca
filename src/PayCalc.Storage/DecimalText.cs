using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PayCalc.Storage;

/// <summary>
/// The one text form of a <c>decimal</c> column: invariant, at least two decimals, no trailing zero beyond them
/// (<c>990.00</c>, <c>0.07</c>, <c>0.125</c>, <c>-417.60</c>). The form depends on the value only, not on its scale, so
/// the same amount reads the same whether EF Core or <see cref="Bulk.BulkInsert"/> wrote it (left to itself,
/// Microsoft.Data.Sqlite writes <c>990.0</c>, and a bulk insert kept the scale it was given: <c>990.00</c>, <c>5220</c>).
/// Money keeps its two decimals; rates and hours keep every digit they have. The value is exact either way.
/// </summary>
internal static class DecimalText
{
    /// <summary>Two fixed decimals, then up to 26 optional ones: all 28 a decimal can hold.</summary>
    private const string Format = "0.00##########################";

    /// <summary>Maps every decimal property to its TEXT column; apply in each entity's configuration.</summary>
    public static readonly ValueConverter<decimal, string> Converter = new(v => ToText(v), s => Parse(s));

    public static string ToText(decimal value) => value.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryFormat(decimal value, Span<char> destination, out int written) =>
        value.TryFormat(destination, out written, Format, CultureInfo.InvariantCulture);

    public static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
