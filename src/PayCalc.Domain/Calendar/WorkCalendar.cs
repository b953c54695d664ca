namespace PayCalc.Domain.Calendar;

/// <summary>
/// A country calendar: Monday-Friday are working days and weekends rest days, except for the dated
/// exceptions (statutory holidays, other days off, adjusted working days) it is built with.
/// </summary>
public sealed class WorkCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, DayType> _exceptions;

    public WorkCalendar(string name, IReadOnlyDictionary<DateOnly, DayType> exceptions, IReadOnlyCollection<int> years)
    {
        Name = name;
        _exceptions = exceptions;
        Years = years;
    }

    public string Name { get; }

    /// <summary>Years the calendar covers; other years are refused rather than guessed.</summary>
    public IReadOnlyCollection<int> Years { get; }

    public bool Covers(Period period) => Years.Contains(period.Year);

    public DayType DayTypeOf(DateOnly date)
    {
        if (!Years.Contains(date.Year))
            throw new InvalidOperationException($"Calendar '{Name}' has no data for {date.Year}.");
        if (_exceptions.TryGetValue(date, out var t)) return t;
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayType.RestDay : DayType.WorkingDay;
    }

    public bool IsWorkingDay(DateOnly date) => DayTypeOf(date) == DayType.WorkingDay;

    public int WorkingDays(Period period) => period.Days().Count(IsWorkingDay);
}
