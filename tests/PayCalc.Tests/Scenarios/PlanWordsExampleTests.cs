using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Scenarios;

/// <summary>
/// The example October month of bank-card-center run as <c>paycalc run</c> does, in Chinese (the default): the flags
/// of the run read in Chinese (<c>message:</c>), and the stored payslip explains its lines in words (<c>say:</c>) with
/// their values, in Chinese or English (<c>say_en:</c>) by the UI language at the time it is read, above the formula.
/// English exceptions (<c>message_en:</c>) are checked against the golden file in <see cref="Cli.ExampleFlagsTests"/>.
/// </summary>
public sealed class PlanWordsExampleTests : IClassFixture<PlanWordsExampleTests.October>
{
    private readonly October _month;

    public PlanWordsExampleTests(October month) => _month = month;

    /// <summary>The month run once, with the UI in Chinese.</summary>
    public sealed class October : IDisposable
    {
        private readonly TempDatabase _db = new();
        private readonly TempFolder _out = new();

        public October()
        {
            using var _ = UiCulture.Use("zh-CN");
            var planPath = Repo.Path("rules", "plans", "bank-card-center.yaml");
            var runner = new PayrollRunner(TextWriter.Null, new StringWriter(), new FixedTimeProvider(new DateTimeOffset(2026, 11, 5, 0, 0, 0, TimeSpan.Zero)));
            Exit = runner.Run(new RunRequest(planPath, new Period(2026, 10), Repo.Path("examples", "bank-card-center", "2026-10"), _db.Path, _out.Path, Repo.Path("rules")));
            Store = new PayrollStore(_db.Path, TimeProvider.System);
        }

        public int Exit { get; }
        public PayrollStore Store { get; }

        public void Dispose()
        {
            _db.Dispose();
            _out.Dispose();
        }
    }

    private string Explain(string agent, string culture)
    {
        using var _ = UiCulture.Use(culture);
        var period = new Period(2026, 10);
        return ExplainPayslip.Render(_month.Store.Runs.FindPayslip(period, agent)!, _month.Store.Runs.FindRun(period), treeFor: null);
    }

    [Fact]
    public void Flags_AreWrittenInChinese_WhenTheRunIsInChinese()
    {
        Assert.Equal(PayrollRunner.Ok, _month.Exit);
        var flags = StoredMonth.Read(_month.Store, new Period(2026, 10))!.Flags;
        var a029 = Assert.Single(flags, f => f.AgentId == "A029" && f.Code == "min_wage_topup");
        Assert.Equal("正常工作时间工资 2032.37 低于按出勤折算的最低工资 2740（shanghai）；已补足 707.63", a029.Message);
    }

    [Fact]
    public void A001_Overtime_IsExplainedInChineseWords_ThenTheFormula()
    {
        var text = Explain("A001", "zh-CN").Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var heading = text.FindIndex(l => l.StartsWith("加班费 Overtime pay [overtime_pay，应发]：990.00", StringComparison.Ordinal));
        Assert.True(heading >= 0, string.Join('\n', text));
        Assert.Equal("    加班 22 小时 × 时薪 30 × 1.5", text[heading + 1]);
        Assert.Equal("    规则：OT * h * overtime_rate", text[heading + 2]);
        Assert.Equal("    取值：22 * 30 * 1.5", text[heading + 3]);
    }

    [Fact]
    public void A001_NightAllowance_SaysItsTwoNightShifts_InBothLanguages()
    {
        Assert.Contains("    夜班 2 个（22 点至 6 点之间有工时的班次），每班按夜间工时分档发津贴，合计 120\n", Explain("A001", "zh-CN"));
        Assert.Contains("    2 night shifts (hours between 22:00 and 6:00:00), each paid by the tier of its night hours, total 120\n".Replace("6:00:00", "6:00"), Explain("A001", "en"));
    }

    [Fact]
    public void A001_Overtime_InEnglish()
    {
        Assert.Contains("    22 h overtime × hourly wage 30 × 1.5\n    rule:   OT * h * overtime_rate\n", Explain("A001", "en"));
    }

    [Theory]
    [InlineData("zh-CN", "未知名称 'overtime_rat'（第 10 个字符）；您是指 overtime_rate 吗？")]
    [InlineData("en", "unknown name 'overtime_rat' (at character 10); did you mean overtime_rate?")]
    public void Run_WithABrokenRuleFile_PrintsItsErrorInTheUiLanguage(string culture, string message)
    {
        // The run as `paycalc run` makes it (the command's PayrollRunner); `--lang` is added by another change and sets
        // the UI culture this test sets directly.
        using var rules = new TempFolder();
        Repo.CopyRules(rules.Path);
        var plan = Path.Combine(rules.Path, "plans", "bank-card-center.yaml");
        var yaml = File.ReadAllText(plan);
        File.WriteAllText(plan, yaml.Replace("amount: OT * h * overtime_rate", "amount: OT * h * overtime_rat"));
        var line = yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("amount: OT * h * overtime_rate")).i + 1;
        using var db = new TempDatabase();
        using var output = new TempFolder();
        using var _ = UiCulture.Use(culture);
        var errors = new StringWriter();
        var exit = new PayrollRunner(TextWriter.Null, errors, TimeProvider.System).Run(new RunRequest(plan, new Period(2026, 10),
            Repo.Path("examples", "bank-card-center", "2026-10"), db.Path, output.Path, rules.Path));
        Assert.Equal(PayrollRunner.Failure, exit);
        Assert.Contains($"bank-card-center.yaml:{line}: [overtime_pay] amount 'OT * h * overtime_rat'{(culture == "en" ? ":" : "：")} {message}".Replace("： ", "："), errors.ToString());
        Assert.DoesNotContain("AgentScope", errors.ToString());
    }
}
