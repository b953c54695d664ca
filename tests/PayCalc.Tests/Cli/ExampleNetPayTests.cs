using PayCalc.Application;
using PayCalc.Cli.Commands;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Generate;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// The shipped example, October to December 2026, through <c>paycalc run</c> with one database: every agent gets
/// net pay, income tax builds on the ytd opening balances and the earlier months, and a missing opening balance
/// stops the run listing every agent.
/// </summary>
public class ExampleNetPayTests
{
    private static int Run(string period, string input, TempDatabase db, TempFolder output, StringWriter? errors = null) =>
        new PayrollRunner(TextWriter.Null, errors ?? new StringWriter(), new FixedTimeProvider(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero))).Run(
            new RunRequest(NetPay.PlanPath, Period.Parse(period), input, db.Path, Path.Combine(output.Path, period), Repo.Path("rules")));

    [Fact]
    public void OctoberToDecember_EveryAgentHasNetPayAndCumulativeTax()
    {
        using var db = new TempDatabase();
        using var output = new TempFolder();
        foreach (var p in BankCardCenterExample.Periods)
            Assert.Equal(PayrollRunner.Ok, Run(p.ToString(), Repo.Path("examples", "bank-card-center", p.ToString()), db, output));

        var store = new PayrollStore(db.Path, TimeProvider.System);
        var totals = store.History.PayslipTotalsBetween(new Period(2026, 10), new Period(2026, 12));
        Assert.Equal([45, 44, 44], totals.GroupBy(t => t.Period).Select(g => g.Count()));
        Assert.All(totals, t => Assert.True(t.Net > 0 && t.Net < t.Gross, $"{t.AgentId} {t.Period}"));

        var balances = BankCardCenterExample.OpeningBalances(
            new PayCalc.Files.Import.InputFolderReader().Read(Repo.Path("examples", "bank-card-center", "2026-10"), new Period(2026, 10)).Input.Agents);
        var december = store.Runs.FindPayslip(new Period(2026, 12), "A020")!;
        var opening = balances.Single(b => b.AgentId == "A020");
        var taxed = store.History.LinesBetween(new Period(2026, 10), new Period(2026, 12), ["taxable_income", "iit"]).Where(l => l.AgentId == "A020").ToList();
        // Cumulative: the year's withholding equals the cumulative tax of December.
        var withheld = opening.TaxWithheld - taxed.Where(l => l.Code == "iit").Sum(l => l.Amount);
        Assert.Equal(december.Variables.Single(t => t.Code == "cumulative_tax").Amount, withheld);
        Assert.Equal(opening.Months + 3, december.Variables.Single(t => t.Code == "months_counted").Amount);
        Assert.Equal(opening.Income + taxed.Where(l => l.Code == "taxable_income").Sum(l => l.Amount),
            december.Variables.Single(t => t.Code == "cumulative_income").Amount);

        string explain;
        using (UiCulture.Use("en")) explain = ExplainPayslip.Render(december, store.Runs.FindRun(new Period(2026, 12)));
        Assert.Contains("Income tax step by step", explain);
        Assert.Contains($"    months_counted = {opening.Months + 3}   ", explain);
        Assert.Contains("  iit = ", explain);
        Assert.Contains("cumulative_tax - ytd_tax_withheld", explain);
    }

    [Fact]
    public void TaxableIncome_IsGrossLessAnnualBonus_ForEveryExampleAgent()
    {
        using var db = new TempDatabase();
        using var output = new TempFolder();
        Assert.Equal(PayrollRunner.Ok, Run("2026-10", Repo.Path("examples", "bank-card-center", "2026-10"), db, output));
        var store = new PayrollStore(db.Path, TimeProvider.System);
        var taxable = store.History.LinesBetween(new Period(2026, 10), new Period(2026, 10), ["taxable_income"]).ToDictionary(l => l.AgentId, l => l.Amount);
        foreach (var t in store.History.PayslipTotalsBetween(new Period(2026, 10), new Period(2026, 10)))
            Assert.Equal(t.Gross, taxable[t.AgentId]);
    }

    [Fact]
    public void WithoutYtd_TheRunStopsListingEveryAgentHiredBeforeOctober()
    {
        using var _ = UiCulture.Use("en");
        using var db = new TempDatabase();
        using var output = new TempFolder();
        using var input = new TempFolder();
        foreach (var f in Directory.GetFiles(Repo.Path("examples", "bank-card-center", "2026-10")).Where(f => !f.EndsWith("ytd.xlsx")))
            File.Copy(f, Path.Combine(input.Path, Path.GetFileName(f)));
        var errors = new StringWriter();

        Assert.Equal(PayrollRunner.BadInput, Run("2026-10", input.Path, db, output, errors));
        var hiredEarlier = new PayCalc.Files.Import.InputFolderReader().Read(input.Path, new Period(2026, 10)).Input.Agents
            .Where(a => a.HireDate < new DateOnly(2026, 10, 1)).Select(a => a.AgentId).ToList();
        Assert.True(hiredEarlier.Count > 30);
        foreach (var id in hiredEarlier) Assert.Contains($"agent {id} was employed before 2026-10", errors.ToString());
        Assert.False(File.Exists(db.Path) && new PayrollStore(db.Path, TimeProvider.System).Runs.FindRun(new Period(2026, 10)) is not null);
    }

    [Fact]
    public void Example_IsReproducibleFromTheGenerator()
    {
        using var dir = new TempFolder();
        BankCardCenterExample.WriteAll(dir.Path);
        foreach (var p in BankCardCenterExample.Periods)
        {
            var shipped = new PayCalc.Files.Import.InputFolderReader().Read(Repo.Path("examples", "bank-card-center", p.ToString()), p).Input;
            var generated = new PayCalc.Files.Import.InputFolderReader().Read(Path.Combine(dir.Path, p.ToString()), p).Input;
            Assert.Equal(shipped.Files.Select(f => (f.Kind, f.Path)), generated.Files.Select(f => (f.Kind, f.Path)));
            Assert.Equal(shipped.Agents.Select(a => a with { Source = SourceRef.None }), generated.Agents.Select(a => a with { Source = SourceRef.None }));
            Assert.Equal(shipped.Shifts.Count, generated.Shifts.Count);
            Assert.Equal(shipped.Deals.Select(d => d.DealId), generated.Deals.Select(d => d.DealId));
            Assert.Equal(shipped.YtdBalances.Select(x => x with { Source = SourceRef.None }), generated.YtdBalances.Select(x => x with { Source = SourceRef.None }));
            Assert.Equal(shipped.Deals.Select(d => d with { Source = SourceRef.None }), generated.Deals.Select(d => d with { Source = SourceRef.None }));
        }
        var october = BankCardCenterExample.Periods[0];
        var corrected = new PayCalc.Files.Import.InputFolderReader().Read(Repo.Path("examples", "bank-card-center", BankCardCenterExample.CorrectedOctoberFolder), october).Input;
        var regenerated = new PayCalc.Files.Import.InputFolderReader().Read(Path.Combine(dir.Path, BankCardCenterExample.CorrectedOctoberFolder), october).Input;
        Assert.Equal(corrected.Shifts.Select(x => x with { Source = SourceRef.None }), regenerated.Shifts.Select(x => x with { Source = SourceRef.None }));
        // The corrected October differs from October only in A001's shift of 30 Oct (until 19:00).
        var shipped10 = new PayCalc.Files.Import.InputFolderReader().Read(Repo.Path("examples", "bank-card-center", "2026-10"), october).Input;
        var changed = corrected.Shifts.Select(x => x with { Source = SourceRef.None }).Except(shipped10.Shifts.Select(x => x with { Source = SourceRef.None })).ToList();
        Assert.Equal(("A001", new DateOnly(2026, 10, 30), new TimeOnly(19, 0)), changed.Select(x => (x.AgentId, x.Date, x.End)).Single());
    }

    [Fact]
    public void Example_NovemberAndDecember_ClawBackOctoberDeals_DecemberPaysBonuses()
    {
        using var db = new TempDatabase();
        using var output = new TempFolder();
        foreach (var p in BankCardCenterExample.Periods)
            Assert.Equal(PayrollRunner.Ok, Run(p.ToString(), Repo.Path("examples", "bank-card-center", p.ToString()), db, output));
        var store = new PayrollStore(db.Path, TimeProvider.System);
        // A001's October deals: 30,000 over 12 months cancelled 20 Nov (36 days), 20,000 over 24 cancelled 18 Dec (57 days); October a = 1.
        Assert.Equal(-240m, store.Runs.FindPayslip(new Period(2026, 11), "A001")!.Lines.Single(l => l.Code == "commission_clawback").Amount);
        var december = store.Runs.FindPayslip(new Period(2026, 12), "A001")!;
        Assert.Equal(-200m, december.Lines.Single(l => l.Code == "commission_clawback").Amount);
        // Quarter end: A001's coefficient is 1.0 in each month (the worked example's metrics), no critical errors.
        Assert.Equal(1500m, december.Lines.Single(l => l.Code == "quarterly_bonus").Amount);
        // Year end: B = 5,220, pa_rating B (1.5), employed at every month end of 2026: 7,830.
        Assert.Equal(7830m, december.Lines.Single(l => l.Code == "annual_bonus").Amount);
        Assert.Empty(store.History.LinesBetween(new Period(2026, 10), new Period(2026, 11), ["quarterly_bonus", "annual_bonus"]));
    }
}
