namespace PayCalc.Domain.Inputs;

/// <summary>
/// One worked shift. It belongs to the month and day type of its start <see cref="Date"/>;
/// <c>End &lt;= Start</c> means it ends the next day. Worked hours = span - break.
/// </summary>
public sealed record Shift
{
    public required string AgentId { get; init; }
    public required DateOnly Date { get; init; }
    public string? Code { get; init; }
    public required TimeOnly Start { get; init; }
    public required TimeOnly End { get; init; }
    public int BreakMinutes { get; init; }
    public SourceRef Source { get; init; } = SourceRef.None;

    public DateTime StartsAt => Date.ToDateTime(Start);

    public DateTime EndsAt => (End <= Start ? Date.AddDays(1) : Date).ToDateTime(End);

    /// <summary>Span from start to end in minutes (before the break).</summary>
    public int SpanMinutes => (int)(EndsAt - StartsAt).TotalMinutes;

    /// <summary>Worked hours: span minus break, in hours (exact decimal).</summary>
    public decimal WorkedHours => (SpanMinutes - BreakMinutes) / 60m;

    /// <summary>
    /// Minutes (a whole number) of the shift's span inside a daily window [from, to) given in minutes after midnight;
    /// a window with from &gt;= to wraps midnight (22:00-06:00). Breaks are not located, so not deducted.
    /// </summary>
    public decimal MinutesInDailyWindow(int fromMinute, int toMinute)
    {
        var start = StartsAt;
        var end = EndsAt;
        var total = 0;
        // A window starting the day before can reach into this shift (e.g. 22:00 yesterday - 06:00 today).
        for (var day = Date.AddDays(-1); day <= Date.AddDays(1); day = day.AddDays(1))
        {
            var wStart = day.ToDateTime(TimeOnly.MinValue).AddMinutes(fromMinute);
            var wEnd = fromMinute < toMinute
                ? day.ToDateTime(TimeOnly.MinValue).AddMinutes(toMinute)
                : day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddMinutes(toMinute);
            var s = wStart > start ? wStart : start;
            var e = wEnd < end ? wEnd : end;
            if (e > s) total += (int)(e - s).TotalMinutes;
        }
        return total;
    }
}
