using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>Attendance that cannot have happened: overlapping shifts of one agent, more than 24 h in one day.</summary>
public class AttendancePlausibilityTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);

    private const string Header = "agent_id,date,start,end,break_minutes,leave_type,leave_hours";

    /// <summary>Reads a folder with one agent A001 and the given attendance rows (row 2 is the first).</summary>
    private static ImportResult Read(params string[] attendance)
    {
        using var dir = new TempFolder();
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary", "A001,张三,T1,2025-03-01,5220"]);
        dir.Csv("attendance.csv", [Header, .. attendance]);
        dir.Csv("metrics.csv", ["agent_id,period,calls_handled", "A001,2026-10,100"]);
        return new InputFolderReader().Read(dir.Path, October);
    }

    [Fact]
    public void OverlappingShifts_SameDay_ReportedOnTheSecondWithTheFirstRow()
    {
        var result = Read("A001,2026-10-09,09:00,18:00,60,,", "A001,2026-10-10,09:00,18:00,60,,", "A001,2026-10-09,17:00,20:00,0,,");
        var e = Assert.Single(result.Errors);
        Assert.Equal(("attendance.csv", "", 4, "start"), (e.File, e.Sheet, e.Row, e.Column));
        Assert.Contains("overlaps the shift in row 2 (2026-10-09 09:00-18:00)", e.Message);
        Assert.Equal("2026-10-09 17:00-20:00", e.Value);
    }

    [Fact]
    public void OverlappingShifts_NightShiftIntoTheNextDaysStart_Reported()
    {
        var result = Read("A001,2026-10-11,05:00,09:00,0,,", "A001,2026-10-10,22:00,06:00,0,,");
        var e = Assert.Single(result.Errors);
        Assert.Equal((2, "start"), (e.Row, e.Column));
        Assert.Contains("overlaps the shift in row 3 (2026-10-10 22:00-06:00)", e.Message);
    }

    [Theory]
    [InlineData("A001,2026-10-09,09:00,18:00,60,,", "A001,2026-10-09,18:00,20:00,0,,")]   // end 18:00, start 18:00
    [InlineData("A001,2026-10-09,10:00,14:00,0,,", "A001,2026-10-09,18:00,22:00,0,,")]   // 天地班 split shift, two rows
    [InlineData("A001,2026-10-10,22:00,06:00,0,,", "A001,2026-10-11,06:00,14:00,60,,")]  // night shift touching the next day's start
    public void TouchingOrSplitShifts_AreFine(string first, string second)
    {
        var result = Read(first, second);
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Input.Shifts.Count);
    }

    [Fact]
    public void LeaveOnTopOfAFullShift_MoreThan24Hours_ReportedOnTheLeaveRow()
    {
        var result = Read("A001,2026-10-12,,,,personal,24", "A001,2026-10-12,09:00,18:00,60,,");
        var e = Assert.Single(result.Errors);
        Assert.Equal(("attendance.csv", 2, "leave_hours", "24"), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains("A001 on 2026-10-12: 8 h worked plus 24 h leave is more than the 24 h of a day", e.Message);
    }

    [Fact]
    public void TwoLeaveRows_OverADay_ReportedOnceOnTheRowThatCrosses24Hours()
    {
        var result = Read("A001,2026-10-12,09:00,17:00,0,,", "A001,2026-10-12,,,,sick,8", "A001,2026-10-12,,,,personal,10", "A001,2026-10-12,,,,annual,2");
        var e = Assert.Single(result.Errors);
        Assert.Equal((4, "leave_hours"), (e.Row, e.Column));
        Assert.Contains("8 h worked plus 20 h leave", e.Message);
    }

    [Fact]
    public void LeaveUpTo24Hours_AloneOrBesideAShortDay_IsFine()
    {
        var result = Read("A001,2026-10-12,,,,personal,24", "A001,2026-10-13,09:00,13:00,0,,", "A001,2026-10-13,,,,annual,20");
        Assert.Empty(result.Errors);
        Assert.Equal([24m, 20m], result.Input.Leave.Select(l => l.Hours));
    }

    [Theory]
    [InlineData("A001,2026-10-12,,,,personal,25", "at most 24")]
    [InlineData("A001,2026-10-12,,,,personal,-4", "must not be negative")]
    [InlineData("A001,2026-10-12,09:00,18:00,-30,,", "must not be negative")]
    public void ImpossibleHoursOnOneRow_AreErrors(string row, string phrase)
    {
        var e = Assert.Single(Read(row).Errors);
        Assert.Equal(2, e.Row);
        Assert.Contains(phrase, e.Message);
    }
}
