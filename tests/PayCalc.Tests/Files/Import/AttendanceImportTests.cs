using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using static PayCalc.Tests.Files.Import.InputTables;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>
/// Attendance: shifts (night shifts ending the next day) and leave read exactly, in .csv and .xlsx, English or Chinese
/// headers and leave types; each problem of a row located. Overlaps and hours per day: <see cref="AttendancePlausibilityTests"/>.
/// </summary>
public class AttendanceImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private const string English = "agent_id,date,shift,start,end,break_minutes,leave_type,leave_hours";
    private const string Chinese = "工号,日期,班次,上班时间,下班时间,休息分钟,假别,请假小时";

    [Theory]
    [MemberData(nameof(FormatsAndLanguages), MemberType = typeof(InputTables))]
    public void ShiftsAndLeave_AreReadExactly(TableFormat format, bool chinese)
    {
        using var dir = new TempFolder();
        Defaults(dir, "attendance");
        var file = Write(dir, "attendance", format, chinese ? Chinese : English,
            "A001,2026-10-09,D,09:00,18:00,60,,",
            "A001,2026-10-10,N,22:00,06:30,30,,",
            "A002,2026-10-31,,20:00,00:00,,,",
            chinese ? "A001,2026-10-12,,,,,事假,4" : "A001,2026-10-12,,,,,personal,4",
            chinese ? "A001,2026-10-13,,,,,年假,8" : "A001,2026-10-13,,,,,Annual,8",
            chinese ? "A003,2026-10-20,,,,,病假,2.5" : "A003,2026-10-20,,,,,SICK,2.5");

        var result = Read(dir);

        Assert.Empty(result.Errors);
        var sheet = Sheet(format, "attendance");
        Assert.Equal(
        [
            ("A001", new DateOnly(2026, 10, 9), "D", new TimeOnly(9, 0), new TimeOnly(18, 0), 60, new SourceRef(file, sheet, 2)),
            ("A001", new DateOnly(2026, 10, 10), "N", new TimeOnly(22, 0), new TimeOnly(6, 30), 30, new SourceRef(file, sheet, 3)),
            ("A002", new DateOnly(2026, 10, 31), (string?)null, new TimeOnly(20, 0), new TimeOnly(0, 0), 0, new SourceRef(file, sheet, 4)),
        ], result.Input.Shifts.Select(s => (s.AgentId, s.Date, s.Code, s.Start, s.End, s.BreakMinutes, s.Source)));
        var night = result.Input.Shifts[1];
        Assert.Equal((new DateTime(2026, 10, 10, 22, 0, 0), new DateTime(2026, 10, 11, 6, 30, 0), 510, 8m),
            (night.StartsAt, night.EndsAt, night.SpanMinutes, night.WorkedHours));
        Assert.Equal((new DateTime(2026, 11, 1, 0, 0, 0), 240), (result.Input.Shifts[2].EndsAt, result.Input.Shifts[2].SpanMinutes));
        Assert.Equal(
        [
            ("A001", new DateOnly(2026, 10, 12), LeaveType.Personal, 4m, 5),
            ("A001", new DateOnly(2026, 10, 13), LeaveType.Annual, 8m, 6),
            ("A003", new DateOnly(2026, 10, 20), LeaveType.Sick, 2.5m, 7),
        ], result.Input.Leave.Select(l => (l.AgentId, l.Date, l.Type, l.Hours, l.Source.Row)));
    }

    [Fact]
    public void TimesWithSecondsAnd2400_AreRead()
    {
        using var dir = new TempFolder();
        Defaults(dir, "attendance");
        dir.Csv("attendance.csv", ["agent_id,date,start,end", "A001,2026-10-09,8:00:00,24:00"]);
        var s = Assert.Single(Read(dir).Input.Shifts);
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(0, 0), 960), (s.Start, s.End, s.SpanMinutes));
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void MissingDateColumn_IsOneErrorOnTheHeader(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir, "attendance");
        var file = Write(dir, "attendance", format, "工号,上班时间,下班时间", "A001,09:00,18:00");
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal((file, Sheet(format, "attendance"), 1, "date", (string?)null), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.Equal("missing required column date (日期)", e.Message);
    }

    /// <summary>Row 2 is a valid shift of A001; each case's row is row 3. Roster: see <see cref="InputTables.Roster"/>.</summary>
    [Theory]
    [InlineData("A099,2026-10-09,09:00,18:00,60,,", "agent_id", "A099", "agent A099 is not in the roster (agents file)")]
    [InlineData(",2026-10-09,09:00,18:00,60,,", "agent_id", null, "required value is blank")]
    [InlineData("A001,,09:00,18:00,60,,", "date", null, "required value is blank")]
    [InlineData("A001,2026-10-32,09:00,18:00,60,,", "date", "2026-10-32", "not a date (expected yyyy-MM-dd or an Excel date)")]
    [InlineData("A001,2026-11-01,09:00,18:00,60,,", "date", "2026-11-01", "date is outside the period 2026-10")]
    [InlineData("A001,2026-09-30,22:00,06:00,0,,", "date", "2026-09-30", "date is outside the period 2026-10")]
    [InlineData("A002,2026-10-07,09:00,18:00,60,,", "date", "2026-10-07", "agent A002 is not employed on 2026-10-07 (hired 2026-10-08)")]
    [InlineData("A003,2026-10-21,09:00,18:00,60,,", "date", "2026-10-21", "agent A003 is not employed on 2026-10-21 (terminated 2026-10-20)")]
    [InlineData("A003,2026-10-21,,,,annual,8", "date", "2026-10-21", "agent A003 is not employed on 2026-10-21 (terminated 2026-10-20)")]
    [InlineData("A001,2026-10-10,,,,,", "start", null, "row has neither start/end times nor leave")]
    [InlineData("A001,2026-10-10,09:00,18:00,,annual,8", "leave_type", "annual", "row has both a shift and leave; put them on two rows")]
    [InlineData("A001,2026-10-10,9h,18:00,60,,", "start", "9h", "not a time (expected HH:mm)")]
    [InlineData("A001,2026-10-10,09:00,18:60,60,,", "end", "18:60", "not a time (expected HH:mm)")]
    [InlineData("A001,2026-10-10,09:00,,60,,", "end", null, "required value is blank")]
    [InlineData("A001,2026-10-10,09:00,18:00,half,,", "break_minutes", "half", "not a whole number of minutes")]
    [InlineData("A001,2026-10-10,09:00,18:00,30.5,,", "break_minutes", "30.5", "not a whole number of minutes")]
    [InlineData("A001,2026-10-10,06:00,23:00,60,,", "end", "23:00", "shift is longer than 16 h (17 h from 06:00 to 23:00)")]
    [InlineData("A001,2026-10-10,08:00,00:30,60,,", "end", "00:30", "shift is longer than 16 h (16.5 h from 08:00 to 00:30)")]
    [InlineData("A001,2026-10-10,09:00,10:00,60,,", "break_minutes", "60", "break (60 min) must be shorter than the shift (60 min)")]
    [InlineData("A001,2026-10-10,,,,vacation,8", "leave_type", "vacation", "unknown leave type (expected personal, annual, sick or 事假, 年假, 病假)")]
    [InlineData("A001,2026-10-10,,,,,8", "leave_type", null, "required value is blank")]
    [InlineData("A001,2026-10-10,,,,annual,", "leave_hours", null, "required value is blank")]
    [InlineData("A001,2026-10-10,,,,annual,eight", "leave_hours", "eight", "not a number")]
    [InlineData("A001,2026-10-10,,,,annual,0", "leave_hours", "0", "leave hours must be more than 0 and at most 24")]
    public void BadRow_IsOneErrorWithItsLocationAndValue(string row, string column, string? value, string message)
    {
        using var dir = new TempFolder();
        Defaults(dir, "attendance");
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes,leave_type,leave_hours", "A001,2026-10-09,09:00,18:00,60,,", row]);

        var result = Read(dir);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("attendance.csv", "", 3, column, value), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.Equal(message, e.Message);
        Assert.Equal([2], result.Input.Shifts.Select(s => s.Source.Row));
    }

    [Fact]
    public void BadRowsInXlsx_NameTheSheetAndTheHeaderAsWritten()
    {
        using var dir = new TempFolder();
        Defaults(dir, "attendance");
        Write(dir, "attendance", TableFormat.Xlsx, "工号,日期,上班时间,下班时间", "A001,2026-10-09,09:00,18:00", "A001,2026-10-10,06:00,23:00", "A099,2026-10-11,09:00,18:00");

        var errors = Read(dir).Errors;

        Assert.Equal([("attendance.xlsx", "attendance", 3, "下班时间"), ("attendance.xlsx", "attendance", 4, "工号")],
            errors.Select(e => (e.File, e.Sheet, e.Row, e.Column)));
        Assert.Equal("shift is longer than 16 h (17 h from 06:00 to 23:00)", errors[0].Message);
        Assert.Equal("agent A099 is not in the roster (agents file)", errors[1].Message);
    }
}
