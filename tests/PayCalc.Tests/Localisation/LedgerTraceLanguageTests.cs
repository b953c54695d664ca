using OfficeOpenXml;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Domain.Ledger;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;
using PayCalc.Storage;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>The ledger report's body, the ledger sheet's kinds, the labels of an explanation (what <c>explain</c>, the
/// web payslip page and rule tests print) and the warnings of recomputing a month stored before schema 4 speak the UI
/// language: Chinese by default, English on request; formulas, codes, names and numbers stay as they are.</summary>
public sealed class LedgerTraceLanguageTests : IDisposable
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private readonly TempDatabase _db = new();

    public void Dispose()
    {
        _db.Dispose();
        foreach (var backup in Directory.GetFiles(Path.GetDirectoryName(_db.Path)!, Path.GetFileName(_db.Path) + ".bak-*"))
            File.Delete(backup);
    }

    private static readonly TraceName RateParameter = new()
    {
        Name = "installment_rate",
        Kind = TraceKind.Parameter,
        InForce = new DateOnly(2025, 1, 1),
        Location = "plans/bank-card-center.yaml:120",
        Source = "reference-plan.md",
    };

    private static TraceNode Commission => new()
    {
        Code = "installment_commission",
        Name = "分期提成",
        NameEn = "Installment commission",
        Category = LineCategory.Earning,
        Value = 690.00m,
        Formula = "sum(deals, d => d.Amount * installment_rate(d.TermMonths)) * accelerator",
        Explain = "575 * 1.2",
        Inputs =
        [
            new TraceInput("installment_rate", "", TraceKind.Parameter, RateParameter),
            new TraceInput("accelerator", "1.2", TraceKind.Variable, null),
            new TraceInput("sales_total", "200000", TraceKind.Metric, null),
        ],
        Shape = new RowShape("deals", ["Amount", "TermMonths"]),
        Rows = [new TraceRow(new SourceRef("sales.xlsx", "分期", 2), new DateOnly(2026, 10, 9), 250m, [50000m, 6m])],
    };

    private static BonusLedgerReport Report()
    {
        var node = Commission;
        LedgerAgent Agent(string id, string name, decimal commission, decimal clawedBack) => new()
        {
            AgentId = id, Name = name, Team = "T1", CommissionEarned = commission, ClawedBack = clawedBack, BonusesPaid = 100m, Adjustments = 45m, DealCount = 1,
        };
        return new BonusLedgerReport
        {
            Year = 2026,
            Months = [October, November],
            Lines =
            [
                new LedgerLine { Period = October, AgentId = "A001", AgentName = "张三", Team = "T1", Kind = LedgerKind.Commission, Node = node },
                new LedgerLine { Period = November, AgentId = "A001", AgentName = "张三", Team = "T1", Kind = LedgerKind.Clawback, Node = node with { Code = "commission_clawback", Value = -240m } },
            ],
            Deals =
            [
                new LedgerDeal
                {
                    Period = October, AgentId = "A001", LineCode = node.Code, Kind = LedgerKind.Commission, DealId = "D202610-A001-1",
                    Booked = new DateOnly(2026, 10, 9), Cancelled = new DateOnly(2026, 11, 20), Amount = 50000m, TermMonths = 6, Value = 250m,
                    Rate = 0.005m, Accelerator = 1.2m, Row = "2026-10-09  Amount = 50000  -> 250  (sales.xlsx:分期:2)", Source = new SourceRef("sales.xlsx", "分期", 2),
                },
            ],
            Agents = [Agent("A001", "张三", 1170m, 440m), Agent("A002", "李四", 0m, 0m)],
        };
    }

    [Theory]
    [InlineData("zh-CN",
        "奖金台账 2026：已保存月份 2026-10, 2026-11；2 名坐席，2 行明细，1 行成交记录。",
        "A001 张三（组别 T1）",
        "  2026-10  提成  installment_commission 分期提成 Installment commission：690.00",
        "      规则：sum(deals, d => d.Amount * installment_rate(d.TermMonths)) * accelerator",
        "      取值：575 * 1.2",
        "        installment_rate (参数，自 2025-01-01 起生效，plans/bank-card-center.yaml:120；来源：reference-plan.md)",
        "      成交：1 笔",
        "        D202610-A001-1  成交日 2026-10-09，取消日 2026-11-20  金额 50,000.00  期数 6  费率 0.005  加速系数 1.2",
        "  应得提成 1,170.00 - 扣回 440.00 = 提成净额 730.00；已发奖金 100.00；调整 45.00；合计 875.00",
        "  已保存的月份中没有提成、扣回、奖金或调整项。",
        "全体坐席：应得提成 1,170.00 - 扣回 440.00 = 提成净额 730.00；已发奖金 200.00；调整 90.00；合计 1,020.00")]
    [InlineData("en",
        "Bonus ledger 2026: stored months 2026-10, 2026-11; 2 agent(s), 2 line(s), 1 deal row(s).",
        "A001 张三 (team T1)",
        "  2026-10  commission installment_commission 分期提成 Installment commission: 690.00",
        "      rule:   sum(deals, d => d.Amount * installment_rate(d.TermMonths)) * accelerator",
        "      values: 575 * 1.2",
        "        installment_rate (parameter, in force from 2025-01-01, plans/bank-card-center.yaml:120; source: reference-plan.md)",
        "      deals:  1",
        "        D202610-A001-1  booked 2026-10-09, cancelled 2026-11-20  amount 50,000.00  term 6  rate 0.005  accelerator 1.2",
        "  commission earned 1,170.00 - clawed back 440.00 = net commission 730.00; bonuses paid 100.00; adjustments 45.00; total 875.00",
        "  no commission, clawback, bonus or adjustment line in the stored months.",
        "All agents: commission earned 1,170.00 - clawed back 440.00 = net commission 730.00; bonuses paid 200.00; adjustments 90.00; total 1,020.00")]
    public void LedgerReport_WithDetails_IsInTheUiLanguage(string culture, string heading, string agent, string line, string rule, string values,
        string input, string deals, string deal, string reconciliation, string noLines, string all)
    {
        using var _ = UiCulture.Use(culture);
        var lines = BonusLedger.Render(Report(), details: true).Split(Environment.NewLine);
        Assert.Equal(heading, lines[0]);
        foreach (var expected in new[] { agent, line, rule, values, input, deals, deal, reconciliation, noLines, all })
            Assert.Contains(expected, lines);
    }

    [Theory]
    [InlineData("zh-CN", "列入的项目：按当月成交计算的应发项", "各坐席（指定 --agent 可查看明细和成交）：", "  A002 李四：应得提成 0.00 - 扣回 0.00")]
    [InlineData("en", "Lines: earning lines computed from the month's deals", "Per agent (give --agent for the lines and deals):", "  A002 李四: commission earned 0.00 - clawed back 0.00")]
    public void LedgerReport_PerAgent_IsInTheUiLanguage(string culture, string scope, string perAgent, string a002)
    {
        using var _ = UiCulture.Use(culture);
        var lines = BonusLedger.Render(Report(), details: false).Split(Environment.NewLine);
        Assert.StartsWith(scope, lines[1]);
        Assert.Contains(perAgent, lines);
        Assert.Contains(lines, l => l.StartsWith(a002, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("installment_commission", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-CN", "提成", "扣回", "奖金", "调整")]
    [InlineData("en", "commission", "clawback", "bonus", "adjustment")]
    public void LedgerSheet_KindWords_AreInTheUiLanguage(string culture, string commission, string clawback, string bonus, string adjustment)
    {
        using var _ = UiCulture.Use(culture);
        Assert.Equal([commission, clawback, bonus, adjustment],
            new[] { LedgerKind.Commission, LedgerKind.Clawback, LedgerKind.Bonus, LedgerKind.Adjustment }.Select(LedgerWorkbookWriter.KindText));

        using var stream = new MemoryStream();
        LedgerWorkbookWriter.Write(stream, Report(), new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
        stream.Position = 0;
        using var package = new ExcelPackage(stream);
        var lines = package.Workbook.Worksheets[LedgerWorkbookWriter.LinesSheet];
        Assert.Equal((commission, clawback), (lines.Cells[2, 5].Text, lines.Cells[3, 5].Text));
        Assert.Equal(commission, package.Workbook.Worksheets[LedgerWorkbookWriter.DealsSheet].Cells[2, 4].Text);
        Assert.StartsWith(culture == "en" ? "installment_rate (parameter, in force from 2025-01-01" : "installment_rate (参数，自 2025-01-01 起生效",
            lines.Cells[2, 13].Text);
    }

    [Theory]
    [InlineData("zh-CN",
        "分期提成 Installment commission [installment_commission，应发]：690.00",
        "    规则：sum(deals, d => d.Amount * installment_rate(d.TermMonths)) * accelerator",
        "    取值：575 * 1.2",
        "      installment_rate   （参数，自 2025-01-01 起生效，plans/bank-card-center.yaml:120；来源：reference-plan.md）",
        "      accelerator = 1.2   （变量）",
        "      sales_total = 200000   （指标）",
        "    明细：当月成交记录中的 1 行，每行各有取值：")]
    [InlineData("en",
        "分期提成 Installment commission [installment_commission, earning]: 690.00",
        "    rule:   sum(deals, d => d.Amount * installment_rate(d.TermMonths)) * accelerator",
        "    values: 575 * 1.2",
        "      installment_rate   (parameter, in force from 2025-01-01, plans/bank-card-center.yaml:120; source: reference-plan.md)",
        "      accelerator = 1.2   (variable)",
        "      sales_total = 200000   (metric)",
        "    rows:   1 of the month's deals, each with its own value:")]
    public void Explanation_Labels_AreInTheUiLanguage(string culture, string heading, string rule, string values, string parameter, string variable,
        string metric, string rows)
    {
        using var _ = UiCulture.Use(culture);
        var w = new StringWriter();
        TraceText.WriteNode(w, Commission);
        var lines = w.ToString().Split(Environment.NewLine);
        Assert.Equal([heading, rule, values, parameter, variable, metric, rows], lines[..7]);
        // The row itself: date, fields, value and source as they are, in every language.
        Assert.Equal("      2026-10-09  Amount = 50000, TermMonths = 6  -> 250  (sales.xlsx:分期:2)", lines[7]);
    }

    [Theory]
    [InlineData("zh-CN", "团队指标", "城市参数", "以前月份", "工资项目", "基础数据", "    明细：没有计入任何考勤班次记录", "信息，不发放", "（见上）")]
    [InlineData("en", "team metric", "city parameter", "earlier months", "line", "fact", "    rows:   no shifts row contributed", "info, not paid", "(above)")]
    public void Explanation_KindsSignsAndEmptyRows_AreInTheUiLanguage(string culture, string teamMetric, string cityParameter, string history, string line,
        string fact, string noRows, string info, string above)
    {
        using var _ = UiCulture.Use(culture);
        Assert.Equal([teamMetric, cityParameter, history, line, fact],
            new[] { TraceKind.TeamMetric, TraceKind.CityParameter, TraceKind.History, TraceKind.Line, TraceKind.Fact }.Select(k => TraceText.About(k, null)));
        var w = new StringWriter();
        TraceText.WriteNode(w, Commission with { Category = LineCategory.Info, Shape = new RowShape("shifts", []), Rows = [] });
        Assert.Contains(info, w.ToString());
        Assert.Contains(noRows + Environment.NewLine, w.ToString());
        Assert.Contains(above, TraceWords.Get("Trace_TreeAbove"));
        // payslips.json keeps its fixed English key whatever the language.
        Assert.Equal("team metric", TraceText.KindText(TraceKind.TeamMetric));
    }

    [Theory]
    [InlineData("zh-CN", "以下输入未保存在数据库中，而该次运行的输入文件（", "）已不存在或已更改，因此重算时不含这些输入：个税年初累计数（ytd 文件）、花名册列 first_wage_income_of_year、",
        "2026-10 运行时使用方案 ")]
    [InlineData("en", "not stored in the database and the run's input files (", ") are gone or changed, so recomputed without them: ",
        "2026-10 was run with plan ")]
    public void Recompute_AMonthStoredBeforeSchema4_WarnsInTheUiLanguage(string culture, string start, string gone, string otherPlan)
    {
        using var _ = UiCulture.Use(culture);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "paycalc-v3.db"), _db.Path);
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        var plan = Repo.Path(Path.Combine("rules", "plans", "bank-card-center.yaml"));

        var outcome = new RecomputeMonth(clock).Recompute(new RecomputeRequest(October, _db.Path, Repo.Path("rules"), plan));

        // Without the ytd opening balances the month's checks stop it (hired before October, no opening balance): the
        // warning says why, in the UI language.
        Assert.Null(outcome.Refusal);
        var missing = Assert.Single(outcome.Warnings, w => w.StartsWith(start, StringComparison.Ordinal));
        Assert.Contains(gone, missing);
        if (culture == "en") Assert.EndsWith(": " + string.Join(", ", StoredInputs.NotStoredBeforeSchema4) + ".", missing);
        else Assert.EndsWith("。", missing);
        Assert.All(outcome.Warnings.Where(w => w != missing), w => Assert.StartsWith(otherPlan, w));
    }

    [Theory]
    [InlineData("zh-CN", "2026-10 没有已保存的运行：数据库 ")]
    [InlineData("en", "2026-10 has no stored run: there is no database ")]
    public void Recompute_WithoutDatabase_IsRefusedInTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var missing = Path.Combine(Path.GetTempPath(), $"paycalc-missing-{Guid.NewGuid():N}", "payroll.db");
        var outcome = new RecomputeMonth(TimeProvider.System).Recompute(new RecomputeRequest(October, missing, Repo.Path("rules")));
        Assert.StartsWith(expected + missing, outcome.Refusal);
    }
}
