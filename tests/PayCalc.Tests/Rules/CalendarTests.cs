using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

public class CalendarTests
{
    [Theory]
    [InlineData(1, 21)] [InlineData(2, 16)] [InlineData(3, 22)] [InlineData(4, 21)] [InlineData(5, 19)] [InlineData(6, 21)]
    [InlineData(7, 23)] [InlineData(8, 21)] [InlineData(9, 22)] [InlineData(10, 18)] [InlineData(11, 21)] [InlineData(12, 23)]
    public void WorkingDays_2026_MatchStatutoryTable(int month, int expected) =>
        Assert.Equal(expected, Build.Calendar.WorkingDays(new Period(2026, month)));

    [Theory]
    [InlineData("2026-10-01", DayType.StatutoryHoliday)]
    [InlineData("2026-10-03", DayType.StatutoryHoliday)]
    [InlineData("2026-10-05", DayType.RestDay)]
    [InlineData("2026-10-10", DayType.WorkingDay)]
    [InlineData("2026-10-17", DayType.RestDay)]
    [InlineData("2026-02-14", DayType.WorkingDay)]
    [InlineData("2026-04-05", DayType.StatutoryHoliday)]
    public void DayType_FollowsTheHolidaySchedule(string date, DayType expected) =>
        Assert.Equal(expected, Build.Calendar.DayTypeOf(DateOnly.Parse(date)));

    [Fact]
    public void YearWithoutData_IsRefusedNotGuessed() =>
        Assert.Throws<InvalidOperationException>(() => Build.Calendar.DayTypeOf(new DateOnly(2027, 1, 4)));
}
