using PayCalc.Domain;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// commission_clawback (reference-plan.md): an earlier month's deal cancelled in M within 90 days of booking gives
/// back amount x rate(term) x the booking month's accelerator, read from the stored commission_accelerator line.
/// </summary>
public class CommissionClawbackTests
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11), December = new(2026, 12);

    [Fact]
    public void CancelledNextMonth_ClawsBackAtTheBookingMonthsAccelerator()
    {
        var run = new NetPay();
        // October volume 210,000 >= 200,000: a = 1.2. Commission (50,000 x 0.5 % + 160,000 x 0.8 %) x 1.2 = 1,836.
        var october = run.Month(October, [NetPay.Agent()], deals:
            [Build.Deal("D1", 50000m, 6, "2026-10-15"), Build.Deal("D2", 160000m, 12, "2026-10-10")]).Payslips.Single();
        Assert.Equal(1836m, october.Amount("installment_commission"));
        Assert.Equal(1.2m, october.Amount("commission_accelerator"));

        // November: D1 cancelled after 36 days; November's own volume is 10,000 (a = 1), the clawback still uses 1.2.
        var november = run.Month(November, [NetPay.Agent()], deals:
            [Build.Deal("D1", 50000m, 6, "2026-10-15", cancelled: "2026-11-20"), Build.Deal("N1", 10000m, 3, "2026-11-03")]).Payslips.Single();
        Assert.Equal(-(50000m * 0.005m * 1.2m), november.Amount("commission_clawback"));
        Assert.Equal(-300m, november.Amount("commission_clawback"));
        Assert.Equal(30m, november.Amount("installment_commission"));
        Assert.Equal(1m, november.Amount("commission_accelerator"));
        // A clawback reduces taxable wage income and the minimum-wage normal pay.
        Assert.Equal(10000m + 30m - 300m, november.Amount("taxable_income"));
        Assert.Equal(10000m + 30m - 300m, november.TraceValue("min_wage_normal_pay"));
    }

    [Theory]
    [InlineData("2026-10-02", "2026-12-31", 90, true)]   // day 90: within 90 days, clawed back
    [InlineData("2026-10-01", "2026-12-31", 91, false)]  // day 91: commission kept
    [InlineData("2026-10-31", "2026-11-01", 1, true)]
    public void NinetyDayBoundary_Day90Inclusive(string booked, string cancelled, int days, bool clawedBack)
    {
        Assert.Equal(days, DateOnly.Parse(cancelled).DayNumber - DateOnly.Parse(booked).DayNumber);
        var run = new NetPay();
        run.Month(October, [NetPay.Agent()], deals: [Build.Deal("D1", 20000m, 24, booked)]);
        var cancelledIn = Period.Of(DateOnly.Parse(cancelled));
        if (cancelledIn == December) run.Month(November, [NetPay.Agent()]);
        var slip = run.Month(cancelledIn, [NetPay.Agent()], deals: [Build.Deal("D1", 20000m, 24, booked, cancelled)]).Payslips.Single();
        if (clawedBack) Assert.Equal(-200m, slip.Amount("commission_clawback"));
        else Assert.Null(slip.Line("commission_clawback"));
        Assert.Equal(0m, slip.Amount("installment_commission"));
    }

    [Fact]
    public void CancelledInTheBookingMonth_EarnsNothingAndClawsBackNothing()
    {
        var run = new NetPay();
        var october = run.Month(October, [NetPay.Agent()], deals:
            [Build.Deal("D1", 50000m, 6, "2026-10-05", cancelled: "2026-10-20"), Build.Deal("D2", 30000m, 12, "2026-10-06")]).Payslips.Single();
        Assert.Equal(240m, october.Amount("installment_commission"));
        Assert.Null(october.Line("commission_clawback"));
        // Nothing about D1 comes back in November.
        var november = run.Month(November, [NetPay.Agent()]).Payslips.Single();
        Assert.Null(november.Line("commission_clawback"));
    }

    [Fact]
    public void CancelledTwoMonthsLater_ReadsTheBookingMonthNotTheMonthBefore()
    {
        var run = new NetPay();
        // September: volume 200,000 exactly (a = 1.2); October: no sales (a = 1).
        run.Month(new Period(2026, 9), [NetPay.Agent()], deals: [Build.Deal("D1", 120000m, 12, "2026-09-01"), Build.Deal("D2", 80000m, 3, "2026-09-02")]);
        var october = run.Month(October, [NetPay.Agent()]).Payslips.Single();
        Assert.Equal(1m, october.Amount("commission_accelerator"));
        var november = run.Month(November, [NetPay.Agent()], deals: [Build.Deal("D2", 80000m, 3, "2026-09-02", "2026-11-10")]).Payslips.Single();
        Assert.Equal(-(80000m * 0.003m * 1.2m), november.Amount("commission_clawback"));
        Assert.Equal(-288m, november.Amount("commission_clawback"));
    }

    [Fact]
    public void BookingMonthWithoutStoredAccelerator_StopsThePayslipInsteadOfClawingBackNothing()
    {
        using var _ = UiCulture.Use("en");
        var ex = Assert.Throws<PayCalc.Rules.Runtime.ComputeFailedException>(() =>
            new NetPay().Month(November, [NetPay.Agent()], deals: [Build.Deal("D1", 50000m, 6, "2026-10-15", cancelled: "2026-11-20")]));
        var e = Assert.Single(ex.Errors);
        Assert.Equal(("A001", "commission_clawback"), (e.AgentId, e.Component));
        Assert.Contains("accelerator_by_month: no stored line for 2026-10", e.Message);
    }
}
