using PayCalc.Application;
using PayCalc.Rules.Model;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>
/// The sentences of <c>paycalc rules diff</c> (and so of the rule changes <c>simulate</c> reports) speak the UI
/// language: Chinese by default, English on request. Codes, rule ids, formulas, file names and numbers stay as they
/// are inside the sentence. Each test edits one thing in a copy of the shipped rules folder.
/// </summary>
public sealed class DiffLanguageTests : EditedRulesCopy
{
    /// <summary>The changes from the shipped plan to the edited copy, compared in the current UI language.</summary>
    private IReadOnlyList<RuleChange> Changes() => RuleComparison.Compare(RuleDiff.LoadPlanFile(ShippedPlan), RuleDiff.LoadPlanFile(CopiedPlan));

    private IReadOnlyList<RuleChange> ChangesBack() => RuleComparison.Compare(RuleDiff.LoadPlanFile(CopiedPlan), RuleDiff.LoadPlanFile(ShippedPlan));

    private string Output()
    {
        var output = new StringWriter();
        Assert.Equal(PayrollRunner.Ok, new RuleDiff(output, new StringWriter()).Run(ShippedPlan, CopiedPlan, RuleDiffFormat.Text));
        return output.ToString().Replace("\r\n", "\n");
    }

    [Theory]
    [InlineData("zh-CN", "规则 overtime_pay（加班费）的公式（amount）已修改")]
    [InlineData("en", "component overtime_pay (加班费): its formula (amount) changed")]
    public void FormulaChanged(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        Edit(CopiedPlan, "amount: OT * h * overtime_rate", "amount: OT * h * overtime_rate * f");
        var change = Assert.Single(Changes());
        Assert.Equal(expected, change.Summary);
        Assert.Equal(("OT * h * overtime_rate", "OT * h * overtime_rate * f"), (change.Old, change.New));
        Assert.Contains(expected + "\n", Output());
    }

    [Theory]
    [InlineData("zh-CN", "新增规则 long_shifts（长班次，variable）", "已删除规则 long_shifts（长班次，variable）", "当 E > 0 时：shifts.Count()")]
    [InlineData("en", "component long_shifts (长班次, variable) added", "component long_shifts (长班次, variable) removed", "when E > 0: shifts.Count()")]
    public void RuleAddedAndRemoved(string culture, string added, string removed, string text)
    {
        using var _ = UiCulture.Use(culture);
        Edit(CopiedPlan, "  - code: holiday_overtime_pay\n",
            "  - code: long_shifts\n    category: variable\n    name: 长班次\n    name_en: Long shifts\n    unit: count\n    when: E > 0\n    value: shifts.Count()\n" +
            "  - code: holiday_overtime_pay\n");
        var change = Assert.Single(Changes(), c => c.Name == "long_shifts");
        Assert.Equal((RuleChangeKind.ComponentAdded, added, text), (change.Kind, change.Summary, change.New));
        var back = Assert.Single(ChangesBack(), c => c.Name == "long_shifts");
        Assert.Equal((RuleChangeKind.ComponentRemoved, removed, text), (back.Kind, back.Summary, back.Old));
    }

    [Theory]
    [InlineData("zh-CN", "参数 overtime_rate：自 2026-11-01 起启用新值，1.5 → 2（1.5 自 2025-01-01 起生效）",
        "参数 accelerator_threshold：自 2025-01-01 起取值变更，200000 → 150000", "从 ", "有 2 项规则变更：")]
    [InlineData("en", "parameter overtime_rate: from 2026-11-01 a new value, 1.5 -> 2 (1.5 in force since 2025-01-01)",
        "parameter accelerator_threshold: from 2025-01-01 the value changes, 200000 -> 150000", "2 rule changes from ", "(new):")]
    public void ParameterChanged(string culture, string overtime, string threshold, string headStart, string headEnd)
    {
        using var _ = UiCulture.Use(culture);
        Edit(CopiedPlan, "      2025-01-01: 1.5\n  holiday_overtime_rate:", "      2025-01-01: 1.5\n      2026-11-01: 2.0\n  holiday_overtime_rate:");
        Edit(CopiedPlan, "      2025-01-01: 200000\n", "      2025-01-01: 150000\n");
        var changes = Changes();
        Assert.Equal([overtime, threshold], changes.Select(c => c.Summary));
        var output = Output();
        var head = output.Split('\n')[0];
        Assert.StartsWith(headStart, head);
        Assert.EndsWith(headEnd, head);
        Assert.Contains(overtime + "\n", output);
        Assert.Contains(threshold + "\n", output);
    }

    [Theory]
    [InlineData("zh-CN", "新增参数 weekend_rate（对照表）", "自 2026-07-01 起：{6: 2, 7: 2}", "0 及以上：0，超过 0：30，4 及以上：80")]
    [InlineData("en", "parameter weekend_rate added (table)", "from 2026-07-01: {6: 2, 7: 2}", "from 0: 0, above 0: 30, from 4: 80")]
    public void ParameterAdded_ItsKindAndDatedValues_AndAScale(string culture, string summary, string values, string scale)
    {
        using var _ = UiCulture.Use(culture);
        Edit(CopiedPlan, "  accelerator_rate:\n", "  weekend_rate:\n    source: company policy\n    type: table\n    values:\n      2026-07-01: { 6: 2, 7: 2 }\n  accelerator_rate:\n");
        Edit(CopiedPlan, "        - { from: 4, value: 60 }\n", "        - { from: 4, value: 80 }\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        Assert.Equal((RuleChangeKind.ParameterValue, scale), (changes[0].Kind, changes[0].New));
        Assert.Equal((RuleChangeKind.ParameterAdded, summary, values), (changes[1].Kind, changes[1].Summary, changes[1].New));
    }

    [Theory]
    [InlineData("zh-CN", "城市 shanghai 的参数 minimum_wage：自 2026-07-01 起启用新值，2740 → 2800（2740 自 2025-07-01 起生效）")]
    [InlineData("en", "city shanghai: parameter minimum_wage: from 2026-07-01 a new value, 2740 -> 2800 (2740 in force since 2025-07-01)")]
    public void CityParameterChanged(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        Edit(Copied("statutory", "cities", "shanghai.yaml"), "      2025-07-01: 2740\n  min_wage_excludes", "      2025-07-01: 2740\n      2026-07-01: 2800\n  min_wage_excludes");
        Assert.Equal(expected, Assert.Single(Changes()).Summary);
    }

    [Theory]
    [InlineData("zh-CN", "日历 cn：2026-10-03（星期六）改为休息日，原为法定节假日", "法定节假日", "休息日")]
    [InlineData("en", "calendar cn: 2026-10-03 (Saturday) is now a rest day, was a statutory holiday", "statutory holiday", "rest day")]
    public void CalendarDayChanged(string culture, string expected, string old, string @new)
    {
        using var _ = UiCulture.Use(culture);
        Edit(Copied("calendars", "cn-2026.yaml"), "  - 2026-10-03\n", "");
        Edit(Copied("calendars", "cn-2026.yaml"), "  - 2026-10-04\n", "  - 2026-10-03\n  - 2026-10-04\n");
        var change = Assert.Single(Changes());
        Assert.Equal((RuleChangeKind.CalendarDay, expected, old, @new), (change.Kind, change.Summary, change.Old, change.New));
    }

    [Theory]
    [InlineData("zh-CN", "日历 cn：新增 2099 年", "已覆盖")]
    [InlineData("en", "calendar cn: year 2099 added", "covered")]
    public void CalendarYearAdded(string culture, string expected, string covered)
    {
        using var _ = UiCulture.Use(culture);
        File.Copy(Copied("calendars", "cn-2026.yaml"), Copied("calendars", "cn-2099.yaml"));
        Edit(Copied("calendars", "cn-2099.yaml"), "2026", "2099");
        var change = Assert.Single(Changes(), c => c.Kind == RuleChangeKind.CalendarYear);
        Assert.Equal((expected, covered), (change.Summary, change.New));
    }

    [Theory]
    [InlineData("zh-CN", "规则 overtime_pay（加班费）的中文说明（say）已修改", "规则 overtime_pay（加班费）的英文说明（say_en）已修改")]
    [InlineData("en", "component overtime_pay (加班费): its explanation in Chinese (say) changed",
        "component overtime_pay (加班费): its explanation in English (say_en) changed")]
    public void SayChanged(string culture, string say, string sayEn)
    {
        using var _ = UiCulture.Use(culture);
        Edit(CopiedPlan, "    say: \"加班 {OT} 小时 × 时薪 {h} × {overtime_rate}\"\n", "    say: \"加班 {OT} 小时 × 时薪 {h} × 加班倍数 {overtime_rate}\"\n");
        Edit(CopiedPlan, "    say_en: \"{OT} h overtime × hourly wage {h} × {overtime_rate}\"\n", "    say_en: \"{OT} h overtime × hourly wage {h} × rate {overtime_rate}\"\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        Assert.Equal((RuleChangeKind.ComponentChanged, "overtime_pay", "say", say), (changes[0].Kind, changes[0].Name, changes[0].Field, changes[0].Summary));
        Assert.Equal(("加班 {OT} 小时 × 时薪 {h} × {overtime_rate}", "加班 {OT} 小时 × 时薪 {h} × 加班倍数 {overtime_rate}"), (changes[0].Old, changes[0].New));
        Assert.Equal("plans/bank-card-center.yaml:356", changes[0].NewLocation);
        Assert.Equal(("say_en", sayEn), (changes[1].Field, changes[1].Summary));
        Assert.Equal("{OT} h overtime × hourly wage {h} × rate {overtime_rate}", changes[1].New);
        Assert.Equal("plans/bank-card-center.yaml:357", changes[1].NewLocation);
        Assert.Contains(say + "\n", Output());
    }

    [Fact]
    public void SayRewrapped_IsNoChange_SayEnRemoved_IsOne()
    {
        Edit(CopiedPlan, "    say: \"加班 {OT} 小时 × 时薪 {h} × {overtime_rate}\"\n", "    say: \"加班 {OT} 小时 ×   时薪 {h}\n      × {overtime_rate}\"\n");
        Assert.Empty(Changes());
        var text = File.ReadAllText(CopiedPlan);
        File.WriteAllText(CopiedPlan, text.Replace("    say_en: \"{OT} h overtime × hourly wage {h} × {overtime_rate}\"\n", ""));
        var change = Assert.Single(Changes());
        Assert.Equal(("say_en", "{OT} h overtime × hourly wage {h} × {overtime_rate}", null), (change.Field, change.Old, change.New));
    }

    [Theory]
    [InlineData("zh-CN", "异常提示 overtime_over_36h：中文提示语（message）已修改", "异常提示 overtime_over_36h：英文提示语（message_en）已修改")]
    [InlineData("en", "flag overtime_over_36h: its message changed", "flag overtime_over_36h: its English message (message_en) changed")]
    public void FlagMessageChanged(string culture, string message, string messageEn)
    {
        using var _ = UiCulture.Use(culture);
        Edit(CopiedPlan, "请核查排班\"\n", "请核查排班并报人事\"\n");
        Edit(CopiedPlan, "review the schedule\"\n", "review the schedule and tell HR\"\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        Assert.Equal((RuleChangeKind.FlagChanged, "overtime_over_36h", "message", message), (changes[0].Kind, changes[0].Name, changes[0].Field, changes[0].Summary));
        Assert.EndsWith("请核查排班并报人事", changes[0].New);
        Assert.Equal((RuleChangeKind.FlagChanged, "message_en", messageEn), (changes[1].Kind, changes[1].Field, changes[1].Summary));
        Assert.EndsWith("review the schedule and tell HR", changes[1].New);
    }

    [Theory]
    [InlineData("zh-CN", "核查规则 deal_on_leave_day：中文提示语（message）已修改", "核查规则 deal_on_leave_day：英文提示语（message_en）已修改")]
    [InlineData("en", "check deal_on_leave_day: its message changed", "check deal_on_leave_day: its English message (message_en) changed")]
    public void CheckMessageChanged(string culture, string message, string messageEn)
    {
        using var _ = UiCulture.Use(culture);
        Edit(Copied("checks", "bank-card-center.yaml"), "当天该坐席在请假\"\n", "当天该坐席在请假，请核实\"\n");
        Edit(Copied("checks", "bank-card-center.yaml"), "a day the agent was on leave\"\n", "a day the agent was on leave; check it\"\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        Assert.Equal((RuleChangeKind.CheckChanged, "deal_on_leave_day", "message", message), (changes[0].Kind, changes[0].Name, changes[0].Field, changes[0].Summary));
        Assert.Equal("成交 {d.DealId} 登记于 {d.BookedOn}，当天该坐席在请假，请核实", changes[0].New);
        Assert.Equal((RuleChangeKind.CheckChanged, "message_en", messageEn), (changes[1].Kind, changes[1].Field, changes[1].Summary));
        Assert.Equal("deal {d.DealId} was booked on {d.BookedOn}, a day the agent was on leave; check it", changes[1].New);
        Assert.Contains("checks/bank-card-center.yaml", changes[0].NewLocation);
        using var json = new StringWriter();
        RuleChangeReport.WriteJson(json, changes);
        Assert.Contains("\"kind\": \"check-changed\"", json.ToString());
    }

    [Theory]
    [InlineData("zh-CN", "找不到方案文件（从 ", "查找）。", "是一个文件夹；请指定方案文件，例如 rules/plans/bank-card-center.yaml。")]
    [InlineData("en", "plan file not found (looked from ", ").", "is a folder; give a plan file such as rules/plans/bank-card-center.yaml.")]
    public void LoadPlanFile_ErrorsInTheUiLanguage(string culture, string notFoundStart, string notFoundEnd, string folder)
    {
        using var _ = UiCulture.Use(culture);
        var missing = Path.Combine(Folder.Path, "no-such-plan.yaml");
        var error = Assert.Single(Assert.Throws<RuleLoadException>(() => RuleDiff.LoadPlanFile(missing)).Errors);
        Assert.Equal((missing, "plan"), (error.File, error.Code));
        Assert.StartsWith(notFoundStart, error.Message);
        Assert.Contains(Directory.GetCurrentDirectory(), error.Message);
        Assert.EndsWith(notFoundEnd, error.Message);
        error = Assert.Single(Assert.Throws<RuleLoadException>(() => RuleDiff.LoadPlanFile(Folder.Path)).Errors);
        Assert.Equal(folder, error.Message);

        var errors = new StringWriter();
        Assert.Equal(PayrollRunner.Failure, new RuleDiff(new StringWriter(), errors).Run(ShippedPlan, missing, RuleDiffFormat.Text));
        Assert.Contains(notFoundStart, errors.ToString());
    }

    [Fact]
    public void ChineseIsTheDefault_EnglishOnlyOnRequest()
    {
        using var _ = UiCulture.Use("zh-CN");
        Edit(CopiedPlan, "amount: OT * h * overtime_rate", "amount: OT * h * overtime_rate * f");
        var zh = Assert.Single(Changes()).Summary;
        using (UiCulture.Use("en")) Assert.Equal("component overtime_pay (加班费): its formula (amount) changed", Assert.Single(Changes()).Summary);
        Assert.Equal(zh, Assert.Single(Changes()).Summary);
        Assert.DoesNotContain("changed", zh);
    }
}
