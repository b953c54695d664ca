using System.Globalization;
using Microsoft.Data.Sqlite;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;

namespace PayCalc.Tests.Storage;

/// <summary>
/// Every decimal column holds one text form whichever path wrote it (EF Core: run totals; the bulk insert: payslips and
/// inputs): invariant, at least two decimals, no trailing zero beyond them. Before, a run's total read <c>990.0</c> and
/// a payslip's gross <c>990.00</c>; a roster's 5220 read <c>5220</c>.
/// </summary>
public sealed class DecimalColumnTextTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 9, 30, 15, TimeSpan.FromHours(8)));

    public void Dispose() => _db.Dispose();

    private string[] Texts(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_db.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++)
                result.Add(reader.IsDBNull(i) ? "NULL" : reader.GetFieldType(i).Name + ":" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
        return [.. result];
    }

    private PayrollStore SaveSample()
    {
        var store = new PayrollStore(_db.Path, _clock);
        var a1 = Agent("A001", 2) with { BaseSalary = 5220m, ContributionBase = null, HousingFundRate = 0.070m };
        var a2 = Agent("A002", 3) with { BaseSalary = 4650.5m, ContributionBase = 6000.50m, SpecialAdditionalDeduction = 0.1234567890123456789012345678m };
        store.Runs.SaveRun(Run(October, [a1, a2],
        [
            Payslip("A001", Line("base_pay", LineCategory.Earning, 990.0m)),
            Payslip("A002", Line("base_pay", LineCategory.Earning, 1.5m), Line("pension", LineCategory.Deduction, -0.125m)),
        ]));
        return store;
    }

    [Fact]
    public void RunTotals_WrittenByEf_HaveTwoDecimals()
    {
        SaveSample();
        Assert.Equal(["String:991.50", "String:991.375"], Texts("SELECT gross_total, net_total FROM run"));
    }

    [Fact]
    public void PayslipTotals_WrittenByTheBulkInsert_HaveTheSameForm()
    {
        SaveSample();
        Assert.Equal(["String:990.00", "String:990.00", "String:1.50", "String:1.375"],
            Texts("SELECT gross, net FROM payslip ORDER BY agent_id"));
    }

    [Fact]
    public void Inputs_AmountsRatesAndHours_OneFormEach_ExactToTheLastDigit()
    {
        SaveSample();
        Assert.Equal(["String:5220.00", "NULL", "String:0.07", "NULL", "String:4650.50", "String:6000.50", "String:0.07", "String:0.1234567890123456789012345678"],
            Texts("SELECT base_salary, contribution_base, housing_fund_rate, special_additional_deduction FROM run_agent ORDER BY agent_id"));
        Assert.Equal(["String:4.50", "String:4.50"], Texts("SELECT hours FROM run_leave"));
        Assert.Equal(["String:50000.00", "String:50000.00"], Texts("SELECT amount FROM run_deal"));
        Assert.Equal(["String:0.05"], Texts("SELECT value FROM run_team_metric"));
    }

    [Fact]
    public void ReadBack_ValuesAreExact()
    {
        var store = SaveSample();
        var run = store.Runs.FindRun(October)!;
        Assert.Equal((991.5m, 991.375m), (run.GrossTotal, run.NetTotal));
        Assert.Equal((1.5m, 1.375m), (store.Runs.FindPayslip(October, "A002")!.Gross, store.Runs.FindPayslip(October, "A002")!.Net));
    }

    [Fact]
    public void Adjustments_WrittenByEf_HaveTheSameForm()
    {
        var store = SaveSample();
        store.Periods.ChangePeriodStatus(October, PeriodAction.Approve, "hr.li", null);
        store.Periods.ChangePeriodStatus(October, PeriodAction.Close, "hr.li", null);
        var november = new PayCalc.Domain.Period(2026, 11);
        Adjustment Line(string code, decimal before, decimal after) => new()
        {
            CorrectedPeriod = October, PaidIn = november, AgentId = "A001", LineCode = code, Category = LineCategory.Earning, Before = before, After = after,
        };

        store.Adjustments.PostAdjustments(October, november, [Line("base_pay", 990.0m, 1000m), Line("night_pay", 0m, 12.345m)], "hr.li", "late slip");

        Assert.Equal(["String:990.00", "String:1000.00", "String:0.00", "String:12.345"], Texts("SELECT before, after FROM adjustment ORDER BY id"));
        Assert.Equal([(990m, 1000m), (0m, 12.345m)], store.Adjustments.AdjustmentsOf(October).Select(a => (a.Before, a.After)));
    }
}
