using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// Reads attendance: one row per shift (start/end) or leave entry (type/hours). A split shift is two rows.
/// After reading, checks that no two shifts of one agent overlap, across midnight and day boundaries too.
/// </summary>
internal sealed class AttendanceImporter(TableReader table, ImportContext context)
    : TableImporter(table, InputKind.Attendance, context)
{
    /// <summary>Longest accepted span from start to end; longer is almost always a typo (e.g. 08:00-00:30).</summary>
    private const int MaxSpanMinutes = 16 * 60;

    /// <summary>Hours in a day: worked plus leave hours of one agent's day cannot be more (a physical limit, not a policy).</summary>
    private const decimal HoursPerDay = 24;

    private int _cStart = -1;
    private int _cHours = -1;

    public List<Shift> Shifts { get; } = [];

    public List<LeaveEntry> Leave { get; } = [];

    public void Read()
    {
        if (Columns.MissingRequired) return;
        WarnUnknownColumns();
        int cId = Columns["agent_id"], cDate = Columns["date"], cShift = Columns["shift"], cStart = Columns["start"],
            cEnd = Columns["end"], cBreak = Columns["break_minutes"], cType = Columns["leave_type"], cHours = Columns["leave_hours"];
        _cStart = cStart;
        _cHours = cHours;
        var period = Context.Period;
        var agentIndex = new List<int>();
        var leaveAgentIndex = new List<int>();
        var shiftCodes = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        while (Table.Read())
        {
            var before = ErrorCount;
            var agent = LookupAgent(cId, out var agentId);
            if (RequiredDate(cDate, "date", out var date))
            {
                if (!period.Contains(date))
                    Error(cDate, "date", Messages.Format("Import_DateOutsidePeriod", period));
                else if (agent is not null)
                    CheckEmployed(agent, date, cDate, "date");
            }

            var hasShift = !Table.IsBlank(cStart) || !Table.IsBlank(cEnd);
            var hasLeave = !Table.IsBlank(cType) || !Table.IsBlank(cHours);
            if (!hasShift && !hasLeave)
            {
                Error(cStart, "start", Messages.Get("Import_RowWithoutShiftOrLeave"), showValue: false);
                continue;
            }
            if (hasShift && hasLeave)
            {
                Error(cType, "leave_type", Messages.Get("Import_RowWithShiftAndLeave"));
                continue;
            }

            if (hasShift)
            {
                var startOk = RequiredTime(cStart, "start", out var start);
                var endOk = RequiredTime(cEnd, "end", out var end);
                var breakMinutes = 0;
                var breakOk = true;
                if (!Table.IsBlank(cBreak))
                {
                    if (!Table.TryGetDecimal(cBreak, out var b) || b != decimal.Truncate(b) || b > 1440 || b < -1440)
                    {
                        Error(cBreak, "break_minutes", Messages.Get("Import_BreakNotWholeMinutes"));
                        breakOk = false;
                    }
                    else if (b < 0)
                    {
                        Error(cBreak, "break_minutes", Messages.Get("Import_BreakNegative"));
                        breakOk = false;
                    }
                    else breakMinutes = (int)b;
                }
                if (startOk && endOk)
                {
                    var span = end.Hour * 60 + end.Minute - (start.Hour * 60 + start.Minute);
                    if (span <= 0) span += 1440; // end <= start: the shift ends the next day
                    if (span > MaxSpanMinutes)
                        Error(cEnd, "end", Messages.Format("Import_ShiftTooLong", Hours(span / 60m), start.ToString("HH:mm", CultureInfo.InvariantCulture),
                            end.ToString("HH:mm", CultureInfo.InvariantCulture)));
                    else if (breakOk && breakMinutes >= span)
                        Error(cBreak, "break_minutes", Messages.Format("Import_BreakLongerThanShift", breakMinutes, span));
                }
                if (ErrorCount != before) continue;
                string? code = null;
                var codeText = Table.Text(cShift);
                if (!codeText.IsEmpty)
                {
                    // Shift codes repeat a lot: keep one string per distinct code.
                    if (!shiftCodes.TryGetValue(codeText, out code))
                    {
                        code = codeText.ToString();
                        shiftCodes[code] = code;
                    }
                }
                Shifts.Add(new Shift
                {
                    AgentId = agentId,
                    Date = date,
                    Code = code,
                    Start = start,
                    End = end,
                    BreakMinutes = breakMinutes,
                    Source = new SourceRef(Table.FileName, Table.Sheet, Table.Row),
                });
                agentIndex.Add(Context.Roster[agentId].Index);
            }
            else
            {
                LeaveType type = default;
                if (Table.IsBlank(cType)) BlankError(cType, "leave_type");
                else if (!TryParseLeaveType(Table.Text(cType), out type))
                    Error(cType, "leave_type", Messages.Get("Import_UnknownLeaveType"));
                if (RequiredDecimal(cHours, "leave_hours", out var hours) && (hours <= 0 || hours > 24))
                    Error(cHours, "leave_hours", Messages.Get(hours < 0 ? "Import_LeaveHoursNegative" : "Import_LeaveHoursRange"));
                if (ErrorCount != before) continue;
                Leave.Add(new LeaveEntry
                {
                    AgentId = agentId,
                    Date = date,
                    Type = type,
                    Hours = hours,
                    Source = new SourceRef(Table.FileName, Table.Sheet, Table.Row),
                });
                leaveAgentIndex.Add(Context.Roster[agentId].Index);
            }
        }
        CheckOverlaps(agentIndex);
        CheckDayHours(agentIndex, leaveAgentIndex);
    }

    private bool RequiredTime(int col, string name, out TimeOnly value)
    {
        if (Table.IsBlank(col))
        {
            BlankError(col, name);
            value = default;
            return false;
        }
        if (Table.TryGetTime(col, out value)) return true;
        Error(col, name, Messages.Get("Import_NotATime"));
        return false;
    }

    private static bool TryParseLeaveType(ReadOnlySpan<char> text, out LeaveType type)
    {
        if (text.Equals("personal", StringComparison.OrdinalIgnoreCase) || text is "事假") type = LeaveType.Personal;
        else if (text.Equals("annual", StringComparison.OrdinalIgnoreCase) || text is "年假") type = LeaveType.Annual;
        else if (text.Equals("sick", StringComparison.OrdinalIgnoreCase) || text is "病假") type = LeaveType.Sick;
        else
        {
            type = default;
            return false;
        }
        return true;
    }

    /// <summary>
    /// Buckets shifts by agent (counting sort, linear), sorts each agent's few shifts by start, and reports
    /// each shift that starts before an earlier one of the same agent has ended.
    /// </summary>
    private void CheckOverlaps(List<int> agentIndex)
    {
        var n = Shifts.Count;
        if (n == 0) return;
        var starts = new int[Context.Roster.Count + 1];
        foreach (var a in agentIndex) starts[a + 1]++;
        for (var i = 1; i < starts.Length; i++) starts[i] += starts[i - 1];
        var order = new int[n];
        var next = (int[])starts.Clone();
        for (var i = 0; i < n; i++) order[next[agentIndex[i]]++] = i;

        var keys = new long[n];
        for (var i = 0; i < n; i++) keys[i] = StartMinute(Shifts[order[i]]);
        var found = new List<InputError>();
        for (var a = 0; a + 1 < starts.Length; a++)
        {
            int from = starts[a], to = starts[a + 1];
            if (to - from < 2) continue;
            keys.AsSpan(from, to - from).Sort(order.AsSpan(from, to - from));
            var latestEnd = long.MinValue;
            var latestIdx = -1;
            for (var k = from; k < to; k++)
            {
                var s = Shifts[order[k]];
                var start = keys[k];
                if (start < latestEnd)
                {
                    var other = Shifts[latestIdx];
                    found.Add(new InputError(s.Source.File, s.Source.Sheet, s.Source.Row, ColumnName(_cStart, "start"),
                        Messages.Format("Import_ShiftOverlap", other.Source.Row, Describe(other), s.AgentId),
                        Describe(s)));
                }
                var end = start + s.SpanMinutes;
                if (end > latestEnd)
                {
                    latestEnd = end;
                    latestIdx = order[k];
                }
            }
        }
        found.Sort((x, y) => x.Row.CompareTo(y.Row));
        Context.Errors.AddRange(found);
    }

    /// <summary>
    /// Reports each agent-day whose worked hours (shifts by their start date, span less break) plus leave hours are more
    /// than 24: the leave would deduct pay for hours that were worked. Reported on the leave row that crosses 24 h.
    /// Only the few agent-days with leave are summed: one hash lookup per shift, no per-row allocation.
    /// </summary>
    private void CheckDayHours(List<int> shiftAgent, List<int> leaveAgent)
    {
        if (Leave.Count == 0) return;
        static long Key(int agent, DateOnly date) => ((long)agent << 32) | (uint)date.DayNumber;
        var leaveHours = new Dictionary<long, decimal>(Leave.Count);
        for (var i = 0; i < Leave.Count; i++)
        {
            var key = Key(leaveAgent[i], Leave[i].Date);
            leaveHours[key] = leaveHours.GetValueOrDefault(key) + Leave[i].Hours;
        }
        var workedMinutes = new Dictionary<long, int>();
        for (var i = 0; i < Shifts.Count; i++)
        {
            var s = Shifts[i];
            var key = Key(shiftAgent[i], s.Date);
            if (leaveHours.ContainsKey(key)) workedMinutes[key] = workedMinutes.GetValueOrDefault(key) + s.SpanMinutes - s.BreakMinutes;
        }
        var leaveSoFar = new Dictionary<long, decimal>();
        for (var i = 0; i < Leave.Count; i++)
        {
            var l = Leave[i];
            var key = Key(leaveAgent[i], l.Date);
            var before = leaveSoFar.GetValueOrDefault(key);
            var worked = workedMinutes.GetValueOrDefault(key) / 60m;
            leaveSoFar[key] = before + l.Hours;
            // Report once per day: on the leave row that takes the day past 24 h (an earlier row of the day was reported).
            var reportedBefore = before > 0 && worked + before > HoursPerDay;
            if (reportedBefore || worked + before + l.Hours <= HoursPerDay) continue;
            Context.Errors.Add(new InputError(l.Source.File, l.Source.Sheet, l.Source.Row, ColumnName(_cHours, "leave_hours"),
                Messages.Format("Import_DayOver24Hours", l.AgentId, Iso(l.Date), Hours(worked), Hours(leaveHours[key])),
                l.Hours.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Hours(decimal h) => h.ToString("0.##", CultureInfo.InvariantCulture);

    private static long StartMinute(Shift s) => (long)s.Date.DayNumber * 1440 + s.Start.Hour * 60 + s.Start.Minute;

    private static string Describe(Shift s) =>
        s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " "
        + s.Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + s.End.ToString("HH:mm", CultureInfo.InvariantCulture);
}
