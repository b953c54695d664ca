using PayCalc.Domain.Inputs;
using PayCalc.Storage;

namespace PayCalc.Tests.Storage;

/// <summary>A stored <c>run_shift</c> document reads back shift by shift, and a document changed by hand stops the read
/// naming the agent instead of giving a wrong shift.</summary>
public sealed class ShiftDocumentReaderTests
{
    [Fact]
    public void Read_TwoShifts_GivesDatesTimesCodeBreakAndSourceRows()
    {
        var shifts = new List<Shift>();
        new ShiftDocumentReader().Read("A001", "attendance.xlsx", "考勤",
            """[[11,"2026-10-17","N","22:00","06:00",0],[12,"2026-10-31",null,"09:00","18:00",60]]""", shifts);

        Assert.Equal(2, shifts.Count);
        Assert.Equal((new DateOnly(2026, 10, 17), "N", new TimeOnly(22, 0), new TimeOnly(6, 0), 0), (shifts[0].Date, shifts[0].Code, shifts[0].Start, shifts[0].End, shifts[0].BreakMinutes));
        Assert.Equal((new DateOnly(2026, 10, 31), (string?)null, new TimeOnly(9, 0), new TimeOnly(18, 0), 60), (shifts[1].Date, shifts[1].Code, shifts[1].Start, shifts[1].End, shifts[1].BreakMinutes));
        Assert.Equal("attendance.xlsx:考勤:12", shifts[1].Source.ToString());
        Assert.All(shifts, s => Assert.Equal("A001", s.AgentId));
    }

    [Fact]
    public void Read_SeveralDocuments_SharesFileSheetAndCodeStrings()
    {
        var reader = new ShiftDocumentReader();
        var shifts = new List<Shift>();
        reader.Read("A001", new string("att.csv".AsSpan()), "", """[[2,"2026-10-01","N","22:00","06:00",0]]""", shifts);
        reader.Read("A002", new string("att.csv".AsSpan()), "", """[[3,"2026-10-01","N","22:00","06:00",0]]""", shifts);

        Assert.Same(shifts[0].Source.File, shifts[1].Source.File);
        Assert.Same(shifts[0].Code, shifts[1].Code);
    }

    [Theory]
    [InlineData("""[[11,"2026-02-30","N","22:00","06:00",0]]""")] // no such day
    [InlineData("""[[11,"2026-10-17","N","24:00","06:00",0]]""")] // no such hour
    [InlineData("""[[11,"17.10.2026","N","22:00","06:00",0]]""")] // another date format
    [InlineData("""[[11,"2026-10-17","N","22:00","06:00"]]""")] // break missing
    [InlineData("""[[11,"2026-10-17","N","22:00","06:00",0]""")] // cut short
    public void Read_DocumentChangedByHand_FailsNamingTheAgent(string entries)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new ShiftDocumentReader().Read("A007", "att.csv", "", entries, []));

        Assert.Contains("A007", ex.Message);
        Assert.Contains("run_shift", ex.Message);
    }
}
