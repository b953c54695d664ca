using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// The rows behind an aggregate line: the first aggregate over shifts, leave or deals is taken apart into the filtered
/// rows, each row's own value and the numbers read from it. Rows that did not contribute are left out.
/// </summary>
public class RowProbeTests
{
    private static readonly string Original = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));
    private const string Target = "amount: Hh * h * holiday_overtime_rate";

    private static readonly Shift[] Shifts =
    [
        Build.Shift("2026-10-01", "09:00", "18:00", 60),  // National Day: a statutory holiday
        Build.Shift("2026-10-09", "22:00", "06:00", 0),   // a night shift, 8 h in 22:00-06:00
        Build.Shift("2026-10-12", "09:00", "18:00", 60),
        Build.Shift("2026-10-13", "20:00", "23:30", 0),   // 1.5 h in the night window
    ];

    /// <summary>The holiday overtime line computed with <paramref name="formula"/> as its amount, for one agent.</summary>
    private static (Payslip Payslip, TraceCatalog Catalog) Compute(string formula)
    {
        Assert.Contains(Target, Original);
        var yaml = Original.Replace(Target, $"amount: '{formula}'");
        var plan = PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), Build.October);
        var result = Build.Run([Build.Agent()], Shifts, [Build.Metrics()],
            [Build.Deal("D1", 10_000, 6, booked: "2026-10-05"), Build.Deal("D2", 0, 6, booked: "2026-10-06")], plan: plan);
        return (result.Payslips.Single(), result.Catalog);
    }

    private static IReadOnlyList<TraceRow> RowsOf(Payslip p) => p.Rows.SingleOrDefault(r => r.Code == "holiday_overtime_pay")?.Rows ?? [];

    [Fact]
    public void WhereThenSum_KeepsTheFilteredRowsWithTheSelectorAsValue()
    {
        var (payslip, catalog) = Compute("shifts.Where(s => s.IsStatutoryHoliday).Sum(s => s.Hours) * h * holiday_overtime_rate");

        Assert.Equal(new RowShape("shifts", ["Hours"]).Collection, catalog.Rows["holiday_overtime_pay"].Collection);
        Assert.Equal(["Hours"], catalog.Rows["holiday_overtime_pay"].Fields);
        var row = Assert.Single(RowsOf(payslip));
        Assert.Equal((new DateOnly(2026, 10, 1), 8m, 8m), (row.Date, row.Value, row.Fields[0]));
    }

    [Fact]
    public void SumOverEveryRow_LeavesOutRowsThatAddNothing()
    {
        var (payslip, catalog) = Compute("shifts.Sum(s => s.HoursInWindow(22, 6)) * 10");

        Assert.Equal(["HoursInWindow(22, 6)"], catalog.Rows["holiday_overtime_pay"].Fields);
        Assert.Equal([(new DateOnly(2026, 10, 9), 8m), (new DateOnly(2026, 10, 13), 1.5m)], RowsOf(payslip).Select(r => (r.Date, r.Value)));
        Assert.Equal(95m, payslip.Amount("holiday_overtime_pay"));
    }

    [Fact]
    public void CountWithACondition_KeepsTheRowsThatMatch()
    {
        var (payslip, _) = Compute("shifts.Count(s => s.HoursInWindow(22, 6) >= 4) * 50");

        var row = Assert.Single(RowsOf(payslip));
        Assert.Equal((new DateOnly(2026, 10, 9), 1m, 8m), (row.Date, row.Value, row.Fields[0]));
    }

    [Fact]
    public void Deals_NumbersReadFromEachDealAreFields()
    {
        var (payslip, catalog) = Compute("deals.Where(d => d.BookedInMonth).Sum(d => d.Amount * installment_rate.Of(d.TermMonths))");

        Assert.Equal("deals", catalog.Rows["holiday_overtime_pay"].Collection);
        Assert.Equal(["Amount", "TermMonths"], catalog.Rows["holiday_overtime_pay"].Fields);
        var row = Assert.Single(RowsOf(payslip)); // D2 adds 0
        Assert.Equal((new DateOnly(2026, 10, 5), 50m, 10_000m, 6m), (row.Date, row.Value, row.Fields[0], row.Fields[1]));
    }

    [Theory]
    [InlineData("Hh * h * holiday_overtime_rate")]          // no rows read
    [InlineData("shifts.Count() * 0 + Hh * h * holiday_overtime_rate")]
    public void LineWithoutRowsThatContributed_HasNoRows(string formula)
    {
        var (payslip, _) = Compute(formula);

        Assert.Empty(RowsOf(payslip));
    }

    [Fact]
    public void Variables_KeepNoRows()
    {
        var (_, catalog) = Compute("Hh * h * holiday_overtime_rate");

        // worked_hours and booked_sales sum rows too, but are variables: only lines keep rows (the trace of 100,000
        // agents stays small).
        Assert.Equal(["night_allowance", "installment_commission", "commission_clawback"], catalog.Rows.Keys);
    }
}
