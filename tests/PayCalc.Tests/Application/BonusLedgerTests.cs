using OfficeOpenXml;
using PayCalc.Application;
using PayCalc.Cli;
using PayCalc.Domain;
using PayCalc.Domain.Ledger;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// <c>paycalc ledger</c> on the example months 2026-10..12: A001's October commission deals and November clawback with
/// their source rows, the lines picked by the rule (not by plan), the reconciliation to the cent, the workbook.
/// </summary>
public sealed class BonusLedgerTests(LedgerMonths months) : IClassFixture<LedgerMonths>, IDisposable
{
    private static readonly Period October = new(2026, 10);
    private static readonly Period November = new(2026, 11);
    private readonly TempFolder _out = new();
    // English texts asserted; ToolLanguageTests covers the Chinese default.
    private readonly UiCulture _english = UiCulture.Use("en");

    public void Dispose()
    {
        _out.Dispose();
        _english.Dispose();
    }

    private PayrollStore Store => new(months.Runs.Db.Path, months.Runs.Clock);

    private BonusLedgerReport Ledger(string? agent = null) => BonusLedger.Build(Store, 2026, agent);

    [Fact]
    public void A001_OctoberCommission_ListsItsDealsWithSourceRows()
    {
        var ledger = Ledger("A001");

        var line = Assert.Single(ledger.Lines, l => l.Period == October && l.Kind == LedgerKind.Commission);
        Assert.Equal(("installment_commission", 690.00m), (line.Node.Code, line.Amount));
        var deals = ledger.Deals.Where(d => d.Period == October && d.LineCode == "installment_commission").ToList();
        Assert.Equal(
        [
            ("D202610-A001-1", new DateOnly(2026, 10, 9), 50000m, 6, 250m, 0.005m, "sales.xlsx:分期:2"),
            ("D202610-A001-2", new DateOnly(2026, 10, 15), 30000m, 12, 240m, 0.008m, "sales.xlsx:分期:3"),
            ("D202610-A001-3", new DateOnly(2026, 10, 22), 20000m, 24, 200m, 0.01m, "sales.xlsx:分期:4"),
        ], deals.Select(d => (d.DealId, d.Booked, d.Amount, d.TermMonths, d.Value, d.Rate!.Value, TraceText.Source(d.Source))));
        Assert.All(deals, d => Assert.Equal(1m, d.Accelerator));
        Assert.All(deals, d => Assert.Null(d.Cancelled));
        Assert.Equal("2026-10-09  Amount = 50000, TermMonths = 6  -> 250  (sales.xlsx:分期:2)", deals[0].Row);
    }

    [Fact]
    public void A001_NovemberClawback_NamesTheCancelledDealItsSourceRowAndTheBookingMonthsAccelerator()
    {
        var ledger = Ledger("A001");

        var line = Assert.Single(ledger.Lines, l => l.Period == November && l.Kind == LedgerKind.Clawback);
        Assert.Equal(("commission_clawback", -240.00m), (line.Node.Code, line.Amount));
        var deal = Assert.Single(ledger.Deals, d => d.Period == November && d.Kind == LedgerKind.Clawback);
        Assert.Equal(("D202610-A001-2", new DateOnly(2026, 10, 15), (DateOnly?)new DateOnly(2026, 11, 20), 30000m, 12, 240m),
            (deal.DealId, deal.Booked, deal.Cancelled, deal.Amount, deal.TermMonths, deal.Value));
        Assert.Equal(("sales.xlsx:分期:3", 1m, 0.008m), (TraceText.Source(deal.Source), deal.Accelerator, deal.Rate));
        // The clawback's inputs, as the trace keeps them: the accelerator history with the stored month it read (the
        // months were computed in the default language, Chinese).
        var history = Assert.Single(line.Node.Inputs, i => i.Kind == TraceKind.History);
        Assert.EndsWith("；读取了已存月份 2026-10", history.About!.Detail);
    }

    [Fact]
    public void Lines_AreTheDealLinesAndTheLinesReadingEarlierMonthsOrTheYear_NotFixedMonthlyPay()
    {
        var ledger = Ledger();

        Assert.Equal(["annual_bonus", "commission_clawback", "installment_commission", "quarterly_bonus"],
            ledger.Lines.Select(l => l.Node.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.All(ledger.Lines, l => Assert.Equal(LineCategory.Earning, l.Node.Category));
        Assert.All(ledger.Lines.Where(l => l.Node.Code == "commission_clawback"), l => Assert.Equal(LedgerKind.Clawback, l.Kind));
        Assert.All(ledger.Lines.Where(l => l.Node.Code.EndsWith("_bonus", StringComparison.Ordinal)), l => Assert.Equal(LedgerKind.Bonus, l.Kind));
        Assert.Equal(new[] { new Period(2026, 10), November, new Period(2026, 12) }, ledger.Months);
        Assert.Equal(45, ledger.Agents.Count);
    }

    [Fact]
    public void Reconciliation_SumsToTheCent()
    {
        var ledger = Ledger();
        var a001 = Assert.Single(ledger.Agents, a => a.AgentId == "A001");
        Assert.Equal((1170.00m, 440.00m, 730.00m, 9330.00m, 0m, 10060.00m),
            (a001.CommissionEarned, a001.ClawedBack, a001.NetCommission, a001.BonusesPaid, a001.Adjustments, a001.Total));

        var store = Store;
        foreach (var agent in ledger.Agents)
        {
            var own = ledger.Lines.Where(l => l.AgentId == agent.AgentId).ToList();
            Assert.Equal(agent.CommissionEarned - agent.ClawedBack, agent.NetCommission);
            Assert.Equal(own.Sum(l => l.Amount), agent.Total);
            Assert.Equal(own.Where(l => l.Kind is LedgerKind.Commission or LedgerKind.Clawback).Sum(l => l.Amount), agent.NetCommission);
            // Against the stored payslips: every line whose rows are deals, over the stored months.
            var stored = ledger.Months.Select(p => store.Runs.FindPayslip(p, agent.AgentId)).OfType<StoredPayslip>()
                .SelectMany(s => s.Trace.Lines).Where(n => n.Shape is { Collection: "deals" }).Sum(n => n.Value);
            Assert.Equal(stored, agent.NetCommission);
        }
        // Each deal line is its deals' values (times the line's accelerator), rounded once.
        foreach (var line in ledger.Lines.Where(l => l.Kind is LedgerKind.Commission or LedgerKind.Clawback))
        {
            var deals = ledger.Deals.Where(d => d.Period == line.Period && d.AgentId == line.AgentId && d.LineCode == line.Node.Code).ToList();
            Assert.Equal(line.Node.Rows.Count, deals.Count);
            var value = deals.Sum(d => d.Value) * (line.Kind == LedgerKind.Commission ? deals.FirstOrDefault()?.Accelerator ?? 1m : -1m);
            Assert.Equal(line.Amount, Math.Round(value, 2, MidpointRounding.AwayFromZero));
        }
        Assert.Equal(ledger.Lines.Sum(l => l.Amount), ledger.Agents.Sum(a => a.Total));
    }

    [Fact]
    public void Run_PrintsA001sDealsAndWritesTheWorkbook()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(0, new BonusLedger(output, errors, months.Runs.Clock).Run(months.Runs.Db.Path, 2026, "A001", _out.Path));

        var text = output.ToString();
        Assert.Equal("", errors.ToString());
        Assert.Contains("  2026-10  commission installment_commission 分期提成 Installment commission: 690.00", text);
        Assert.Contains("        D202610-A001-1  booked 2026-10-09  amount 50,000.00  term 6  rate 0.005  accelerator 1", text);
        Assert.Contains("  2026-11  clawback   commission_clawback 分期退单扣回 Installment commission clawback: -240.00", text);
        Assert.Contains("        D202610-A001-2  booked 2026-10-15, cancelled 2026-11-20  amount 30,000.00  term 12  rate 0.008  accelerator 1", text);
        Assert.Contains("          2026-10-15  DaysToCancel = 36, Amount = 30000, TermMonths = 12, BookedMonthsAgo = 1  -> 240  (sales.xlsx:分期:3)", text);
        Assert.Contains("commission earned 1,170.00 - clawed back 440.00 = net commission 730.00; bonuses paid 9,330.00", text);

        using var package = new ExcelPackage(new FileInfo(Path.Combine(_out.Path, "ledger-2026.xlsx")));
        Assert.Equal([LedgerWorkbookWriter.LinesSheet, LedgerWorkbookWriter.DealsSheet, LedgerWorkbookWriter.ReconciliationSheet],
            package.Workbook.Worksheets.Select(s => s.Name));
        var deals = package.Workbook.Worksheets[LedgerWorkbookWriter.DealsSheet];
        var clawback = Enumerable.Range(2, deals.Dimension.End.Row - 1).Single(r => deals.Cells[r, 4].Text == "clawback" && deals.Cells[r, 1].Text == "2026-11");
        Assert.Equal(("D202610-A001-2", "2026-11-20", "sales.xlsx:分期:3"), (deals.Cells[clawback, 5].Text, deals.Cells[clawback, 7].Text, deals.Cells[clawback, 13].Text));
        var reconciliation = package.Workbook.Worksheets[LedgerWorkbookWriter.ReconciliationSheet];
        Assert.Equal(("A001", 730.00m), (reconciliation.Cells[2, 1].Text, Convert.ToDecimal(reconciliation.Cells[2, 6].Value)));
    }

    [Fact]
    public void Workbook_TextThatLooksLikeAFormula_StaysText()
    {
        var report = Ledger("A001");
        report = report with { Agents = [report.Agents[0] with { Name = "=HYPERLINK(\"x\")", Team = "+1" }] };
        using var stream = new MemoryStream();

        LedgerWorkbookWriter.Write(stream, report, months.Runs.Clock.GetUtcNow());

        stream.Position = 0;
        using var package = new ExcelPackage(stream);
        var cell = package.Workbook.Worksheets[LedgerWorkbookWriter.ReconciliationSheet].Cells[2, 2];
        Assert.Equal(("", "=HYPERLINK(\"x\")"), (cell.Formula, cell.Text));
    }

    [Fact]
    public void UnknownAgent_OrYearWithoutRuns_FailsWithOneLine()
    {
        var errors = new StringWriter();
        Assert.Equal(1, new BonusLedger(new StringWriter(), errors, months.Runs.Clock).Run(months.Runs.Db.Path, 2026, "Z999", _out.Path));
        Assert.Equal("No stored payslip for agent Z999 in 2026 (months 2026-10, 2026-11, 2026-12).", errors.ToString().Trim());

        errors = new StringWriter();
        Assert.Equal(1, new BonusLedger(new StringWriter(), errors, months.Runs.Clock).Run(months.Runs.Db.Path, 2025, null, _out.Path));
        Assert.StartsWith("No stored run in 2025 in ", errors.ToString());
        Assert.Single(errors.ToString().Trim().Split('\n'));
    }

    [Fact]
    public void ReadPayslips_GivesEveryPayslipOfTheMonthAsFindPayslipDoes()
    {
        var store = Store;

        var all = store.Runs.ReadPayslips(November);

        Assert.Equal(44, all.Count);
        foreach (var slip in all)
        {
            var one = store.Runs.FindPayslip(November, slip.AgentId)!;
            Assert.Equal((one.Name, one.Gross, one.Net), (slip.Name, slip.Gross, slip.Net));
            Assert.Equal(one.Lines.Select(l => (l.Code, l.Amount, l.Explain)), slip.Lines.Select(l => (l.Code, l.Amount, l.Explain)));
            Assert.Equal(one.Trace.Lines.Select(n => (n.Code, n.Rows.Count, n.Inputs.Count)), slip.Trace.Lines.Select(n => (n.Code, n.Rows.Count, n.Inputs.Count)));
        }
        Assert.Empty(store.Runs.ReadPayslips(new Period(2026, 9)));
    }

    [Fact]
    public void Cli_BadYear_IsOneLine()
    {
        var errors = new StringWriter();
        Assert.Equal(1, CliApp.Run(["ledger", "--year", "20", "--db", months.Runs.Db.Path], errors));
        Assert.Equal("paycalc: --year 必须是年份，如 2026：'20'。", errors.ToString().Trim());
        errors = new StringWriter();
        Assert.Equal(1, CliApp.Run(["ledger", "--year", "20", "--db", months.Runs.Db.Path, "--lang", "en"], errors));
        Assert.Equal("paycalc: --year must be a year such as 2026: '20'.", errors.ToString().Trim());
    }
}
