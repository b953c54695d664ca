namespace PayCalc.Domain.Calendar;

/// <summary>China calendar day types. Adjusted working days (调休上班) are <see cref="WorkingDay"/>.</summary>
public enum DayType
{
    WorkingDay,
    RestDay,
    /// <summary>A statutory holiday date (法定节假日): work is paid at 300 %.</summary>
    StatutoryHoliday,
}
