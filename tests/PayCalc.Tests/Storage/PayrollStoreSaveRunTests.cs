using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;
using static PayCalc.Tests.Storage.SampleRuns;

namespace PayCalc.Tests.Storage;

public sealed class PayrollStoreSaveRunTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 9, 30, 15, TimeSpan.FromHours(8)));

    public void Dispose() => _db.Dispose();

    private PayrollStore Store() => new(_db.Path, _clock);

    [Fact]
    public void WarmUp_TouchesNoFile_AndAStoreWorksAfterIt()
    {
        var folder = Directory.GetCurrentDirectory();
        var before = Directory.GetFiles(folder);

        PayrollDatabase.WarmUp();
        PayrollDatabase.WarmUp();

        Assert.Equal(before, Directory.GetFiles(folder));
        Assert.False(File.Exists(_db.Path));
        Store().Runs.SaveRun(Run(October, "A001"));
        Assert.Equal(PeriodStatus.Calculated, Store().Periods.GetPeriodStatus(October));
    }

    [Fact]
    public void NewDatabase_HasLargePagesAndWriteAheadLog()
    {
        Store().Runs.SaveRun(Run(October, [Agent("A001", 2)], [Payslip("A001", Line("a", LineCategory.Earning, 1m))]));

        using var connection = new SqliteConnection($"Data Source={_db.Path}");
        connection.Open();
        string Pragma(string name)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        Assert.Equal("16384", Pragma("page_size"));
        Assert.Equal("wal", Pragma("journal_mode"));
    }

    [Fact]
    public void SaveRun_DecimalAmounts_ReadBackExactly()
    {
        var store = Store();
        var payslip = Payslip("A001",
            Line("a", LineCategory.Earning, 0.10m),
            Line("b", LineCategory.Earning, 0.20m),
            Line("c", LineCategory.Earning, 12345678.91m),
            Line("d", LineCategory.Deduction, -0.01m));
        store.Runs.SaveRun(Run(October, [Agent("A001", 2)], [payslip]));

        var stored = store.Runs.FindPayslip(October, "A001")!;

        Assert.Equal([0.10m, 0.20m, 12345678.91m, -0.01m], stored.Lines.Select(l => l.Amount));
        Assert.Equal(12345679.21m, stored.Gross);
        Assert.Equal(12345679.20m, stored.Net);
        Assert.Equal(0.30m, stored.Lines[0].Amount + stored.Lines[1].Amount);
        Assert.Equal("0.10", stored.Lines[0].Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SaveRun_Money_IsStoredAsInvariantText()
    {
        Store().Runs.SaveRun(Run(October, [Agent("A001", 2)], [Payslip("A001", Line("a", LineCategory.Earning, 12345678.91m))]));

        using var ctx = _db.OpenContext();
        var stored = ctx.Database.SqlQueryRaw<string>("SELECT j.type || ':' || j.value AS Value FROM payslip, json_each(payslip.lines) AS j").ToList();

        Assert.Equal(["text:12345678.91"], stored);
    }

    [Fact]
    public void SaveRun_Totals_AreSumsOfPayslipGrossAndNet()
    {
        var run = Store().Runs.SaveRun(Run(October, [Agent("A001", 2), Agent("A002", 3)],
        [
            Payslip("A001", Line("a", LineCategory.Earning, 0.10m), Line("p", LineCategory.Deduction, -0.03m)),
            Payslip("A002", Line("a", LineCategory.Earning, 0.20m), Line("i", LineCategory.Info, 99m)),
        ]));

        Assert.Equal(2, run.AgentCount);
        Assert.Equal(0.30m, run.GrossTotal);
        Assert.Equal(0.27m, run.NetTotal);
        Assert.Equal(0.30m, Store().Runs.FindRun(October)!.GrossTotal);
    }

    [Fact]
    public void FindPayslip_StoredRun_LinesKeepPlanOrderAndExplanations()
    {
        var store = Store();
        var lines = new[] { "z_last", "a_first", "m_middle", "b_second" }
            .Select((c, i) => Line(c, LineCategory.Earning, i) with { Formula = c == "z_last" ? "B * 工作日 + a_first" : "B" })
            .ToArray();
        var payslip = Payslip("A001", lines) with { Facts = [new LineInput("B", "5220"), new LineInput("工作日", "18")] };
        store.Runs.SaveRun(Run(October, [Agent("A001", 2)], [payslip]));

        var stored = store.Runs.FindPayslip(October, "A001")!;

        Assert.Equal(["z_last", "a_first", "m_middle", "b_second"], stored.Lines.Select(l => l.Code));
        var first = stored.Lines[0];
        Assert.Equal("z_last名", first.Name);
        Assert.Equal("z_last name", first.NameEn);
        Assert.Equal(LineCategory.Earning, first.Category);
        Assert.Equal("B * 工作日 + a_first", first.Formula);
        // Rendered again from the payslip's facts and the other lines' amounts, as the engine renders it.
        Assert.Equal("5220 * 18 + 1", first.Explain);
        Assert.Equal([new LineInput("B", "5220"), new LineInput("工作日", "18"), new LineInput("a_first", "1")], first.Inputs);
        Assert.Equal("张三A001", stored.Name);
        Assert.Equal("T1", stored.Team);
        Assert.Equal(October, stored.Period);
    }

    [Fact]
    public void FindPayslip_UnknownAgentOrPeriod_ReturnsNull()
    {
        var store = Store();
        store.Runs.SaveRun(Run(October, "A001"));

        Assert.Null(store.Runs.FindPayslip(October, "A999"));
        Assert.Null(store.Runs.FindPayslip(new Period(2026, 9), "A001"));
    }

    [Fact]
    public void SaveRun_Rerun_ReplacesPreviousRunOfThePeriod()
    {
        var store = Store();
        var first = store.Runs.SaveRun(Run(October, "A001", "A002"));
        var second = store.Runs.SaveRun(Run(October, "A003"));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(second.Id, store.Runs.FindRun(October)!.Id);
        Assert.Null(store.Runs.FindPayslip(October, "A001"));
        Assert.Equal(5220.00m, store.Runs.FindPayslip(October, "A003")!.Gross);
        using var ctx = _db.OpenContext();
        Assert.Equal(1, ctx.Runs.Count());
        Assert.Equal(["A003"], ctx.Payslips.Select(p => p.AgentId).ToList());
        Assert.Equal(["""{"base_pay":"5220.00","pension":"-417.60","kpi_score":"87.19"}"""], ctx.Payslips.Select(p => p.Lines).ToList());
        Assert.Equal(["A003"], ctx.Shifts.Select(s => s.AgentId).ToList());
        Assert.Equal(["A003"], ctx.Agents.Select(s => s.AgentId).ToList());
        Assert.Equal(1, ctx.Leave.Count());
        Assert.Equal(1, ctx.Deals.Count());
        Assert.Equal(1, ctx.Metrics.Count()); // one row per agent-month
        Assert.Equal(1, ctx.TeamMetrics.Count());
        Assert.Equal(1, ctx.Flags.Count());
        Assert.Equal(2, ctx.RunInputFiles.Count());
    }

    [Fact]
    public void SaveRun_OtherPeriod_KeepsEarlierPeriodsRun()
    {
        var store = Store();
        store.Runs.SaveRun(Run(new Period(2026, 9), "A001"));
        store.Runs.SaveRun(Run(October, "A001"));

        Assert.NotNull(store.Runs.FindRun(new Period(2026, 9)));
        Assert.NotNull(store.Runs.FindPayslip(new Period(2026, 9), "A001"));
        Assert.NotNull(store.Runs.FindPayslip(October, "A001"));
    }

    [Fact]
    public void SaveRun_ClosedPeriod_ThrowsAndLeavesDataAsItWas()
    {
        var store = Store();
        var original = store.Runs.SaveRun(Run(October, "A001"));
        StepTo(store, October, PeriodStatus.Closed);

        var e = Assert.Throws<PeriodClosedException>(() => store.Runs.SaveRun(Run(October, "A002")));

        Assert.Equal(October, e.Period);
        Assert.Equal(original.Id, store.Runs.FindRun(October)!.Id);
        Assert.NotNull(store.Runs.FindPayslip(October, "A001"));
        Assert.Null(store.Runs.FindPayslip(October, "A002"));
        Assert.Equal(PeriodStatus.Closed, store.Periods.GetPeriodStatus(October));
    }

    [Theory]
    [InlineData("run_agent")]
    [InlineData("run_shift")]
    [InlineData("run_metric")]
    [InlineData("payslip")]
    [InlineData("payroll_flag")]
    public void SaveRun_FailureMidInsert_LeavesPreviousRunIntact(string failingTable)
    {
        var store = Store();
        var original = store.Runs.SaveRun(Run(October, "A001", "A002"));
        StepTo(store, October, PeriodStatus.Approved);
        store.Runs.BeforeTableInsert = table =>
        {
            if (table == failingTable) throw new IOException("disk full (injected)");
        };

        Assert.Throws<IOException>(() => store.Runs.SaveRun(Run(October, "A003")));

        store.Runs.BeforeTableInsert = null;
        AssertOriginalRunIntact(store, original);
        Assert.Equal(PeriodStatus.Approved, store.Periods.GetPeriodStatus(October));
    }

    [Fact]
    public void SaveRun_InvalidRow_RollsBackAndKeepsPreviousRun()
    {
        var store = Store();
        var original = store.Runs.SaveRun(Run(October, "A001", "A002"));
        // Two payslips for one agent violate the unique (run_id, agent_id) index halfway through the insert.
        var broken = Run(October, [Agent("A003", 2)],
            [Payslip("A003", Line("a", LineCategory.Earning, 1m)), Payslip("A003", Line("a", LineCategory.Earning, 2m))]);

        Assert.Throws<SqliteException>(() => store.Runs.SaveRun(broken));

        AssertOriginalRunIntact(store, original);
    }

    private void AssertOriginalRunIntact(PayrollStore store, StoredRun original)
    {
        var run = store.Runs.FindRun(October)!;
        Assert.Equal(original.Id, run.Id);
        Assert.Equal(10440.00m, run.GrossTotal);
        Assert.Equal(["base_pay", "pension", "kpi_score"], store.Runs.FindPayslip(October, "A001")!.Lines.Select(l => l.Code));
        Assert.Equal(5220.00m, store.Runs.FindPayslip(October, "A002")!.Gross);
        Assert.Null(store.Runs.FindPayslip(October, "A003"));
        using var ctx = _db.OpenContext();
        Assert.Equal(1, ctx.Runs.Count());
        Assert.Equal(2, ctx.Payslips.Count());
        Assert.Equal(6, ctx.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM payslip, json_each(payslip.lines)").Single());
        Assert.Equal(2, ctx.Shifts.Count());
        Assert.Equal(2, ctx.Agents.Count());
        Assert.Equal(2, ctx.Metrics.Count()); // one row per agent-month
        Assert.Equal(1, ctx.Flags.Count());
    }

    [Fact]
    public void SaveRun_CreatedAt_ComesFromTheTimeProviderInUtc()
    {
        var store = Store();

        var saved = store.Runs.SaveRun(Run(October, "A001"));

        var expected = new DateTimeOffset(2026, 11, 3, 1, 30, 15, TimeSpan.Zero);
        Assert.Equal(expected, saved.CreatedAt);
        Assert.Equal(TimeSpan.Zero, store.Runs.FindRun(October)!.CreatedAt.Offset);
        Assert.Equal(expected, store.Runs.FindRun(October)!.CreatedAt);
        using var ctx = _db.OpenContext();
        Assert.Equal("2026-11-03T01:30:15.0000000+00:00", ctx.Runs.Single().CreatedAt);
    }

    [Fact]
    public void SaveRun_PlanAndInputFiles_AreRecordedWithHashes()
    {
        var store = Store();
        store.Runs.SaveRun(Run(October, "A001"));

        var run = store.Runs.FindRun(October)!;

        Assert.Equal("bank-card-center", run.PlanCode);
        Assert.Equal("2026.1", run.PlanVersion);
        Assert.Equal(new string('c', 64), run.PlanSha256);
        Assert.Equal("zh-CN", run.Settings["culture"]);
        Assert.Equal(
            [new InputFile("agents", "in/agents.xlsx", new string('a', 64)), new InputFile("attendance", "in/attendance.csv", new string('b', 64))],
            run.InputFiles);
    }

    [Fact]
    public void SaveRun_ImportedRows_KeepTheirSourceFileSheetAndRow()
    {
        Store().Runs.SaveRun(Run(October, "A001", "A002"));

        using var ctx = _db.OpenContext();
        var shifts = ctx.Shifts.Single(s => s.AgentId == "A002");
        Assert.Equal(("attendance.csv", "", 1), (shifts.SourceFile, shifts.SourceSheet, shifts.Count));
        Assert.Equal("""[[3,"2026-10-01","D","20:00","08:00",60]]""", shifts.Entries);
        var agent = ctx.Agents.Single(a => a.AgentId == "A002");
        Assert.Equal(("agents.xlsx", "agents", 3), (agent.SourceFile, agent.SourceSheet, agent.SourceRow));
        Assert.Equal((5220.00m, 6000.50m, 0.07m, (decimal?)null), (agent.BaseSalary, agent.ContributionBase, agent.HousingFundRate, agent.SpecialAdditionalDeduction));
        Assert.Equal((new DateOnly(2025, 5, 31), (DateOnly?)null), (agent.ProbationEnd, agent.TerminationDate));
        var leave = ctx.Leave.Single(l => l.AgentId == "A001");
        Assert.Equal(("annual", 4.5m, "attendance.csv", 100), (leave.LeaveType, leave.Hours, leave.SourceFile, leave.SourceRow));
        var metrics = ctx.Metrics.Single(m => m.AgentId == "A002");
        Assert.Equal(("{\"aht_seconds\":\"200\",\"critical_errors\":\"1\"}", "{\"pa_rating\":\"B\"}", "metrics.xlsx", "metrics", 3),
            (metrics.Numbers, metrics.Texts, metrics.SourceFile, metrics.SourceSheet, metrics.SourceRow));
        var team = ctx.TeamMetrics.Single();
        Assert.Equal(("T1", "refund_rate", 0.05m, "team_metrics.csv", 2), (team.Team, team.Name, team.Value, team.SourceFile, team.SourceRow));
    }

    [Fact]
    public void BeginRun_DisposedAfterInputWithoutCommit_LeavesPreviousRunIntact()
    {
        var store = Store();
        var original = store.Runs.SaveRun(Run(October, "A001", "A002"));
        var rerun = Run(October, "A001", "A002", "A003");

        using (var writer = store.Runs.BeginRun(October, rerun.PlanCode, rerun.PlanVersion, rerun.PlanSha256))
            writer.WriteInput(rerun.Input); // e.g. the computation failed while the input was being stored

        AssertOriginalRunIntact(store, original);
    }

    [Fact]
    public void BeginRun_ClosedPeriod_RefusedBeforeAnythingIsWritten()
    {
        var store = Store();
        var original = store.Runs.SaveRun(Run(October, "A001", "A002"));
        StepTo(store, October, PeriodStatus.Closed);

        Assert.Throws<PeriodClosedException>(() => store.Runs.BeginRun(October, "bank-card-center", "2026.1", new string('c', 64)));

        AssertOriginalRunIntact(store, original);
    }

    [Fact]
    public void SaveRun_SplitShift_OneDocumentPerAgentInFileOrder()
    {
        var run = Run(October, "A001");
        var first = run.Input.Shifts[0];
        var split = new[]
        {
            first with { Start = new TimeOnly(10, 0), End = new TimeOnly(14, 0), BreakMinutes = 0, Code = "天地班", Source = new SourceRef("attendance.csv", "", 7) },
            first with { Start = new TimeOnly(18, 0), End = new TimeOnly(22, 0), BreakMinutes = 0, Code = null, Source = new SourceRef("attendance.csv", "", 8) },
        };
        Store().Runs.SaveRun(run with { Input = run.Input with { Shifts = split } });

        using var ctx = _db.OpenContext();
        var stored = ctx.Shifts.Single();
        Assert.Equal(2, stored.Count);
        Assert.Equal("""[[7,"2026-10-01","天地班","10:00","14:00",0],[8,"2026-10-01",null,"18:00","22:00",0]]""", stored.Entries);
    }

    [Fact]
    public void SaveRun_MismatchedPeriods_Throws()
    {
        var run = Run(October, "A001");
        var mismatched = run with { Input = run.Input with { Period = new Period(2026, 9) } };

        Assert.Throws<ArgumentException>(() => Store().Runs.SaveRun(mismatched));
        Assert.Null(Store().Runs.FindRun(October));
    }
}
