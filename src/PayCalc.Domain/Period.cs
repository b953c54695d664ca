using System.Globalization;

namespace PayCalc.Domain;

/// <summary>A payroll month (year and month). Text form is ISO <c>yyyy-MM</c>.</summary>
public readonly record struct Period : IComparable<Period>
{
    public Period(int year, int month)
    {
        if (year is < 1900 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1900-9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1-12.");
        Year = year;
        Month = month;
    }

    public int Year { get; }
    public int Month { get; }

    /// <summary>First day of the month (inclusive).</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>Last day of the month (inclusive).</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public Period Next() => Month == 12 ? new Period(Year + 1, 1) : new Period(Year, Month + 1);

    public Period Previous() => Month == 1 ? new Period(Year - 1, 12) : new Period(Year, Month - 1);

    public IEnumerable<DateOnly> Days()
    {
        for (var d = FirstDay; d <= LastDay; d = d.AddDays(1)) yield return d;
    }

    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period (expected yyyy-MM).");

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null) return false;
        if (!DateTime.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            return false;
        period = new Period(dt.Year, dt.Month);
        return true;
    }

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
