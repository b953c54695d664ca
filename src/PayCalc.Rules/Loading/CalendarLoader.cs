using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads <c>rules/calendars/&lt;name&gt;-&lt;year&gt;.yaml</c>: statutory holidays (300 %), other days off,
/// adjusted working days, and the expected working days per month, which the loader checks so a typo
/// in a date cannot go unnoticed.
/// </summary>
public static class CalendarLoader
{
    /// <summary>Loads the calendars named <paramref name="name"/> for every year found in <paramref name="directory"/>.</summary>
    /// <remarks>Every file read is recorded in <paramref name="files"/> when given.</remarks>
    public static WorkCalendar LoadAll(string directory, string name, RuleFiles? files = null)
    {
        if (!Directory.Exists(directory))
            throw new RuleLoadException([new RuleError(directory, 0, name,
                RuleMessages.Format("Cal_NoFolder", Path.GetFullPath(directory)))]);
        var paths = Directory.GetFiles(directory, $"{name}-*.yaml").Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
            throw new RuleLoadException([new RuleError(Path.Combine(directory, $"{name}-<year>.yaml"), 0, name, RuleMessages.Get("Cal_NoFile"))]);
        var exceptions = new Dictionary<DateOnly, DayType>();
        var years = new List<int>();
        var errors = new List<RuleError>();
        foreach (var file in paths)
        {
            try
            {
                var (year, days) = Parse(RuleFiles.ReadText(file, RuleFileKind.Calendar, files), file);
                years.Add(year);
                foreach (var (d, t) in days) exceptions[d] = t;
            }
            catch (RuleLoadException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }
        if (errors.Count > 0) throw new RuleLoadException(errors);
        return new WorkCalendar(name, exceptions, years);
    }

    public static (int Year, IReadOnlyDictionary<DateOnly, DayType> Days) Parse(string yaml, string file)
    {
        var errors = new List<RuleError>();
        var root = RuleFile.ReadRoot(yaml, file, errors);
        if (root is null) throw new RuleLoadException(errors);
        var map = new YamlMap(root, file, errors, null);
        var name = map.RequiredText("calendar");
        map.Code = name;
        map.RequiredText("source");
        map.OptionalText("comment");
        var yearText = map.RequiredText("year");
        if (!int.TryParse(yearText, out var year)) map.Error(map.LineOfKey("year"), RuleMessages.Format("Cal_YearNotNumber", yearText));
        var days = new Dictionary<DateOnly, DayType>();
        void Read(string key, DayType type)
        {
            var seq = map.OptionalSequence(key);
            if (seq is null)
            {
                map.Error(map.Line, RuleMessages.Format("Cal_MissingList", key));
                return;
            }
            foreach (var item in seq.Children)
            {
                var text = (item as YamlScalarNode)?.Value ?? "";
                if (!YamlMap.TryDate(text, out var d)) map.Error(item, RuleMessages.Format("Cal_NotDate", text));
                else if (d.Year != year) map.Error(item, RuleMessages.Format("Cal_NotInYear", text, year));
                else if (!days.TryAdd(d, type)) map.Error(item, RuleMessages.Format("Cal_ListedTwice", text));
                else if (type == DayType.WorkingDay && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    map.Error(item, RuleMessages.Format("Cal_AdjustedWeekday", text));
            }
        }
        Read("statutory_holidays", DayType.StatutoryHoliday);
        Read("days_off", DayType.RestDay);
        Read("adjusted_working_days", DayType.WorkingDay);
        var expected = map.OptionalSequence("working_days_per_month");
        map.RejectUnknownKeys();
        if (errors.Count == 0 && expected is not null)
        {
            var calendar = new WorkCalendar(name, days, [year]);
            if (expected.Children.Count != 12) map.Error(expected, RuleMessages.Get("Cal_TwelveMonths"));
            else
                for (var m = 1; m <= 12; m++)
                {
                    var item = expected.Children[m - 1];
                    var actual = calendar.WorkingDays(new Period(year, m));
                    if (!int.TryParse((item as YamlScalarNode)?.Value, out var want) || want != actual)
                        map.Error(item, RuleMessages.Format("Cal_WorkingDaysMismatch", $"{year}-{m:D2}", actual, (item as YamlScalarNode)?.Value));
                }
        }
        if (errors.Count > 0) throw new RuleLoadException(errors);
        return (year, days);
    }
}
