using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;

namespace PayCalc.Rules.Evaluation;

/// <summary>A shift as rule expressions see it (<c>shifts</c>): hours worked and the day type of its start date.
/// A value type: a large month has millions of shifts.</summary>
public readonly struct ShiftFact : ITracedRow
{
    private readonly Shift _shift;

    internal ShiftFact(Shift shift, DayType dayType)
    {
        _shift = shift;
        DayType = dayType;
        Hours = shift.WorkedHours;
    }

    internal DayType DayType { get; }

    SourceRef ITracedRow.Source => _shift.Source;
    DateOnly ITracedRow.Date => _shift.Date;

    public string AgentId => _shift.AgentId;
    /// <summary>The day the shift starts.</summary>
    public DateOnly Date => _shift.Date;

    /// <summary>Worked hours: span minus break.</summary>
    public decimal Hours { get; }

    public bool IsWorkingDay => DayType == DayType.WorkingDay;
    public bool IsRestDay => DayType == DayType.RestDay;
    public bool IsStatutoryHoliday => DayType == DayType.StatutoryHoliday;

    /// <summary>Hours of the shift's span inside the daily window [fromHour, toHour); wraps midnight when from &gt;= to
    /// (22, 6 = 22:00-06:00). Hours may be fractional (22.5 = 22:30).</summary>
    public decimal HoursInWindow(decimal fromHour, decimal toHour) =>
        _shift.MinutesInDailyWindow((int)(fromHour * 60), (int)(toHour * 60)) / 60m;
}
