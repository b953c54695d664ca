using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>An opening balance that also counts months PayCalc holds is flagged, not silently double-counted.</summary>
public class OpeningBalanceOverlapTests
{
    [Fact]
    public void OpeningMonthsOverlappingHeldMonths_AreFlagged()
    {
        using var _ = UiCulture.Use("en");
        var run = new NetPay();
        var ytd = new YtdBalance { AgentId = "A001", Year = 2026, Months = 9, Income = 90000m, SpecialDeductions = 0m, AdditionalDeductions = 0m, TaxWithheld = 0m };
        var september = run.Month(new Period(2026, 9), [NetPay.Agent()]);
        var october = run.Month(new Period(2026, 10), [NetPay.Agent()], [ytd]);
        Assert.DoesNotContain(september.Flags, f => f.Code == "ytd_months_overlap");
        Assert.Equal(11m, october.Payslips.Single().TraceValue("months_counted"));
        Assert.Contains(october.Flags, f => f.Code == "ytd_months_overlap" && f.Message.StartsWith("11 months"));
    }
}
