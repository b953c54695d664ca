using PayCalc.Application;
using PayCalc.Cli.Commands;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// <c>paycalc verify</c>: a stored month recomputed from its stored input and rule snapshot gives every stored line; any
/// change made afterwards with a SQLite tool, to a stored amount or to an input row, is found and named (agent, line).
/// </summary>
public sealed class VerifyMonthTests : IDisposable
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private readonly ExampleMonthRuns _runs = new();

    public void Dispose() => _runs.Dispose();

    private VerifyOutcome Verify(Period period, string? plan = null) =>
        new VerifyMonth(_runs.Clock).Verify(new VerifyRequest(period, _runs.Db.Path, plan, Repo.Path("rules")));

    private string RunId(Period period) => $"(SELECT id FROM run WHERE period = '{period}')";

    private void RunOctoberAndNovember()
    {
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        Assert.Equal(PayrollRunner.Ok, _runs.Run(November).Exit);
    }

    [Fact]
    public void EveryExampleMonth_IsIdentical_AndTheCommandSaysHowMany()
    {
        using var _ = UiCulture.Use("en");
        foreach (var period in BankCardCenterExample.Periods) Assert.Equal(PayrollRunner.Ok, _runs.Run(period).Exit);
        var before = DatabaseFileHash.Of(_runs.Db.Path);

        foreach (var period in BankCardCenterExample.Periods)
        {
            var outcome = Verify(period);
            Assert.True(outcome.Identical, string.Join("\n", outcome.Problems.Concat(outcome.Differences.Select(d => d.ToString()))));
            Assert.Empty(outcome.Warnings);
            var output = new StringWriter();
            Assert.Equal(PayrollRunner.Ok, VerifyCommand.Print(period, outcome, output, new StringWriter()));
            Assert.Equal($"{period}: {outcome.Payslips:N0} payslips, {outcome.Lines:N0} lines identical.{Environment.NewLine}", output.ToString());
        }
        Assert.Equal(45, Verify(October).Payslips);
        Assert.Equal(before, DatabaseFileHash.Of(_runs.Db.Path));
    }

    [Fact]
    public void AStoredAmountChangedWithSql_IsFound_NamingTheAgentAndTheLine()
    {
        using var _ = UiCulture.Use("en");
        RunOctoberAndNovember();
        Assert.Equal(1, StoredRows.Execute(_runs.Db.Path,
            $"UPDATE payslip SET lines = replace(lines, '\"base_pay\":\"', '\"base_pay\":\"1') WHERE run_id = {RunId(November)} AND agent_id = 'A001'"));

        var outcome = Verify(November);

        var difference = Assert.Single(outcome.Differences);
        Assert.Equal(new PayslipDifference("A001", "base_pay", 15220.0m, 5220.00m), difference);
        var output = new StringWriter();
        Assert.Equal(PayrollRunner.Failure, VerifyCommand.Print(November, outcome, output, new StringWriter()));
        Assert.Contains("1 difference(s) on 1 of 44 payslips", output.ToString());
        Assert.Matches(@"A001\s+base_pay\s+15,220\.00\s+5,220\.00", output.ToString());
    }

    [Fact]
    public void AStoredNetChangedWithSql_IsFound()
    {
        RunOctoberAndNovember();
        StoredRows.Execute(_runs.Db.Path, $"UPDATE payslip SET net = '1.00' WHERE run_id = {RunId(October)} AND agent_id = 'A003'");

        var outcome = Verify(October);

        Assert.Equal("A003", Assert.Single(outcome.Differences).AgentId);
        Assert.Equal("net", outcome.Differences[0].Line);
        Assert.Equal(1.00m, outcome.Differences[0].Stored);
    }

    [Fact]
    public void ADealAmountChangedWithSql_IsFound_OnTheCommissionOfItsAgent()
    {
        RunOctoberAndNovember();
        var dealAgent = "(SELECT agent_id FROM run_deal WHERE id = (SELECT MIN(id) FROM run_deal WHERE run_id = " + RunId(October) + "))";
        Assert.Equal(1, StoredRows.Execute(_runs.Db.Path,
            $"UPDATE run_deal SET amount = '999999.00' WHERE id = (SELECT MIN(id) FROM run_deal WHERE run_id = {RunId(October)})"));
        var agent = (string)StoredRows.Scalar(_runs.Db.Path, "SELECT " + dealAgent)!;

        var outcome = Verify(October);

        Assert.False(outcome.Identical);
        Assert.All(outcome.Differences, d => Assert.Equal(agent, d.AgentId));
        Assert.Contains(outcome.Differences, d => d.Line == "installment_commission");
        Assert.Contains(outcome.Differences, d => d.Line == "gross");
    }

    [Fact]
    public void AShiftChangedWithSql_IsFound()
    {
        RunOctoberAndNovember();
        Assert.Equal(1, StoredRows.Execute(_runs.Db.Path,
            $"UPDATE run_shift SET entries = replace(entries, '\"2026-10-07\",\"早班\",\"09:30\",\"18:30\"', '\"2026-10-07\",\"早班\",\"09:30\",\"21:30\"') " +
            $"WHERE run_id = {RunId(October)} AND agent_id = 'A002'"));

        var outcome = Verify(October);

        Assert.False(outcome.Identical);
        Assert.All(outcome.Differences, d => Assert.Equal("A002", d.AgentId));
        Assert.Contains(outcome.Differences, d => d.Line == "gross");
    }

    [Fact]
    public void APayslipRemovedWithSql_IsReportedAsPresentOnOneSideOnly()
    {
        RunOctoberAndNovember();
        StoredRows.Execute(_runs.Db.Path, $"DELETE FROM payslip WHERE run_id = {RunId(October)} AND agent_id = 'A005'");

        var outcome = Verify(October);

        var difference = Assert.Single(outcome.Differences);
        Assert.Equal(("A005", PayslipDifference.WholePayslip, (decimal?)null), (difference.AgentId, difference.Line, difference.Stored));
        Assert.NotNull(difference.Recomputed);
        Assert.Equal(44, outcome.Payslips);
    }

    [Fact]
    public void AMonthWithoutSnapshot_SaysSoInOneLine_UnlessAPlanIsGiven()
    {
        using var _ = UiCulture.Use("en");
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);
        StoredRows.Execute(_runs.Db.Path, "DELETE FROM run_rule_file");

        var outcome = Verify(October);
        var errors = new StringWriter();

        Assert.Equal(PayrollRunner.Failure, VerifyCommand.Print(October, outcome, new StringWriter(), errors));
        Assert.Single(errors.ToString().TrimEnd().Split('\n'));
        Assert.Contains("stored before rule snapshots (schema 5)", errors.ToString());
        Assert.Contains("--plan", errors.ToString());
        Assert.True(Verify(October, NetPay.PlanPath).Identical);
    }

    [Fact]
    public void AMonthWithoutRun_IsRefused()
    {
        using var _ = UiCulture.Use("en");
        Assert.Equal(PayrollRunner.Ok, _runs.Run(October).Exit);

        var outcome = Verify(November);

        Assert.Equal(["2026-11 has no stored run to verify."], outcome.Problems);
    }
}
