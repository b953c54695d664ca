using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using static PayCalc.Tests.Files.Import.InputTables;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>
/// Installment deals: deal terms, amounts and cancelled dates read exactly (a deal booked earlier arrives when cancelled
/// in the month), in .csv and .xlsx, English or Chinese headers; each problem located.
/// </summary>
public class SalesImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private const string English = "deal_id,agent_id,booked_date,amount,term_months,cancelled_date";
    private const string Chinese = "订单号,工号,办理日期,分期金额,期数,撤销日期";

    [Theory]
    [MemberData(nameof(FormatsAndLanguages), MemberType = typeof(InputTables))]
    public void Deals_AreReadExactly(TableFormat format, bool chinese)
    {
        using var dir = new TempFolder();
        Defaults(dir);
        var file = Write(dir, "sales", format, chinese ? Chinese : English,
            "D-1001,A001,2026-10-09,8000,12,",
            "D-1002,A002,2026-10-15,12000.50,24,2026-10-20",
            "D-0907,A001,2026-09-20,6000,6,2026-10-05",
            "D-1003,A003,2026-10-20,30000,36,");

        var result = Read(dir);

        Assert.Empty(result.Errors);
        Assert.Equal(
        [
            ("D-1001", "A001", new DateOnly(2026, 10, 9), 8000m, 12, (DateOnly?)null),
            ("D-1002", "A002", new DateOnly(2026, 10, 15), 12000.50m, 24, new DateOnly(2026, 10, 20)),
            ("D-0907", "A001", new DateOnly(2026, 9, 20), 6000m, 6, new DateOnly(2026, 10, 5)),
            ("D-1003", "A003", new DateOnly(2026, 10, 20), 30000m, 36, null),
        ], result.Input.Deals.Select(d => (d.DealId, d.AgentId, d.BookedDate, d.Amount, d.TermMonths, d.CancelledDate)));
        Assert.Equal(new SourceRef(file, Sheet(format, "sales"), 5), result.Input.Deals[3].Source);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(InputTables))]
    public void MissingTermColumn_IsOneErrorOnTheHeader(TableFormat format)
    {
        using var dir = new TempFolder();
        Defaults(dir);
        var file = Write(dir, "sales", format, "订单号,工号,办理日期,分期金额", "D1,A001,2026-10-09,8000");
        var e = Assert.Single(Read(dir).Errors);
        Assert.Equal((file, Sheet(format, "sales"), 1, "term_months"), (e.File, e.Sheet, e.Row, e.Column));
        Assert.Equal("missing required column term_months (期数)", e.Message);
    }

    /// <summary>Row 2 is a valid deal D1 of A001; each case's row is row 3.</summary>
    [Theory]
    [InlineData("D1,A001,2026-10-10,5000,12,", "deal_id", "D1", "duplicate deal id (first in row 2)")]
    [InlineData(",A001,2026-10-10,5000,12,", "deal_id", null, "required value is blank")]
    [InlineData("D2,A099,2026-10-10,5000,12,", "agent_id", "A099", "agent A099 is not in the roster (agents file)")]
    [InlineData("D2,A001,,5000,12,", "booked_date", null, "required value is blank")]
    [InlineData("D2,A001,10/10/2026,5000,12,", "booked_date", "10/10/2026", "not a date (expected yyyy-MM-dd or an Excel date)")]
    [InlineData("D2,A001,2026-11-02,5000,12,", "booked_date", "2026-11-02", "booked date is outside the period 2026-10 (and the deal is not cancelled in it)")]
    [InlineData("D2,A001,2026-09-20,5000,12,", "booked_date", "2026-09-20", "booked date is outside the period 2026-10 (and the deal is not cancelled in it)")]
    [InlineData("D2,A001,2026-09-20,5000,12,2026-09-25", "booked_date", "2026-09-20", "booked date is outside the period 2026-10 (and the deal is not cancelled in it)")]
    [InlineData("D2,A002,2026-10-05,5000,12,", "booked_date", "2026-10-05", "agent A002 is not employed on 2026-10-05 (hired 2026-10-08)")]
    [InlineData("D2,A003,2026-10-21,5000,12,", "booked_date", "2026-10-21", "agent A003 is not employed on 2026-10-21 (terminated 2026-10-20)")]
    [InlineData("D2,A001,2026-10-10,5000,12,2026-10-09", "cancelled_date", "2026-10-09", "cancelled date is before the booked date 2026-10-10")]
    [InlineData("D2,A001,2026-10-10,5000,12,soon", "cancelled_date", "soon", "not a date (expected yyyy-MM-dd or an Excel date)")]
    [InlineData("D2,A001,2026-10-10,,12,", "amount", null, "required value is blank")]
    [InlineData("D2,A001,2026-10-10,5k,12,", "amount", "5k", "not a number")]
    [InlineData("D2,A001,2026-10-10,0,12,", "amount", "0", "amount must be positive")]
    [InlineData("D2,A001,2026-10-10,-5000,12,", "amount", "-5000", "amount must be positive")]
    [InlineData("D2,A001,2026-10-10,5000,,", "term_months", null, "required value is blank")]
    [InlineData("D2,A001,2026-10-10,5000,0,", "term_months", "0", "term must be a positive whole number of months")]
    [InlineData("D2,A001,2026-10-10,5000,12.5,", "term_months", "12.5", "term must be a positive whole number of months")]
    [InlineData("D2,A001,2026-10-10,5000,1201,", "term_months", "1201", "term must be a positive whole number of months")]
    [InlineData("D2,A001,2026-10-10,5000,twelve,", "term_months", "twelve", "term must be a positive whole number of months")]
    public void BadRow_IsOneErrorWithItsLocationAndValue(string row, string column, string? value, string message)
    {
        using var dir = new TempFolder();
        Defaults(dir);
        dir.Csv("sales.csv", [English, "D1,A001,2026-10-09,8000,12,", row]);

        var result = Read(dir);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("sales.csv", "", 3, column, value), (e.File, e.Sheet, e.Row, e.Column, e.Value));
        Assert.Equal(message, e.Message);
        Assert.Equal(["D1"], result.Input.Deals.Select(d => d.DealId));
    }

    [Fact]
    public void BadRowsInXlsx_NameTheSheetAndTheHeaderAsWritten()
    {
        using var dir = new TempFolder();
        Defaults(dir);
        Write(dir, "sales", TableFormat.Xlsx, Chinese, "D1,A001,2026-10-09,8000,12,", "D1,A001,2026-10-10,-1,12,");

        var errors = Read(dir).Errors;

        Assert.Equal([("sales.xlsx", "sales", 3, "订单号", "D1"), ("sales.xlsx", "sales", 3, "分期金额", "-1")],
            errors.Select(e => (e.File, e.Sheet, e.Row, e.Column, e.Value)));
    }
}
