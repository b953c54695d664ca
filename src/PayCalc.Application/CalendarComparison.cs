using PayCalc.Domain.Calendar;

namespace PayCalc.Application;

/// <summary>Compares two calendars day by day: every date of a year both cover whose day type differs, and the years
/// only one covers.</summary>
internal static class CalendarComparison
{
    public static IEnumerable<RuleChange> Compare(WorkCalendar olds, WorkCalendar news)
    {
        foreach (var year in olds.Years.Union(news.Years).Order())
        {
            var inOld = olds.Years.Contains(year);
            var inNew = news.Years.Contains(year);
            if (inOld != inNew)
            {
                var file = FileOf(inNew ? news : olds, year);
                yield return new RuleChange(RuleChangeKind.CalendarYear, $"{(inNew ? news : olds).Name} {year}",
                    inNew ? DiffText.Format("Calendar_YearAdded", news.Name, year) : DiffText.Format("Calendar_YearRemoved", olds.Name, year))
                {
                    Old = inOld ? DiffText.Get("Calendar_Covered") : null,
                    New = inNew ? DiffText.Get("Calendar_Covered") : null,
                    From = new DateOnly(year, 1, 1),
                    OldLocation = inOld ? file : null,
                    NewLocation = inNew ? file : null,
                };
                continue;
            }
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                var before = olds.DayTypeOf(day);
                var after = news.DayTypeOf(day);
                if (before == after) continue;
                var date = RuleText.Date(day);
                yield return new RuleChange(RuleChangeKind.CalendarDay, date,
                    DiffText.Format("Calendar_DayChanged", news.Name, date, DayName(day.DayOfWeek), Text(after), Text(before)))
                {
                    Field = "day type",
                    Old = Text(before),
                    New = Text(after),
                    From = day,
                    OldLocation = FileOf(olds, year),
                    NewLocation = FileOf(news, year),
                };
            }
        }
    }

    private static string FileOf(WorkCalendar calendar, int year) => $"calendars/{calendar.Name}-{year}.yaml";

    private static string Text(DayType type) => type switch
    {
        DayType.WorkingDay => DiffText.Get("Calendar_WorkingDay"),
        DayType.RestDay => DiffText.Get("Calendar_RestDay"),
        DayType.StatutoryHoliday => DiffText.Get("Calendar_StatutoryHoliday"),
        _ => type.ToString(),
    };

    /// <summary>The day of the week in the UI language (<c>Friday</c>, <c>星期五</c>), from the resources rather than the
    /// culture's own names so it always matches the language of the sentence.</summary>
    private static string DayName(DayOfWeek day) => DiffText.Get("Calendar_DayNames").Split(',')[(int)day];
}
