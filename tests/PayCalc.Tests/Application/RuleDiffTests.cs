using System.Text.Json;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary>
/// <c>paycalc rules diff</c>: a rule-level comparison of the shipped bank-card-center plan with an edited copy of the
/// whole rules folder (includes and city profiles are relative paths), so each test changes one thing and expects
/// exactly the changes that thing makes - and none for comments, spacing and reordered lists or keys.
/// </summary>
public sealed class RuleDiffTests : EditedRulesCopy
{
    /// <summary>The shipped plan, loaded (and compiled) once for all tests: a side is immutable.</summary>
    private static readonly Lazy<RuleSide> Shipped = new(() => RuleDiff.LoadPlanFile(ShippedPlan));

    private IReadOnlyList<RuleChange> Changes() => RuleComparison.Compare(Shipped.Value, RuleDiff.LoadPlanFile(CopiedPlan));

    private IReadOnlyList<RuleChange> ChangesBack() => RuleComparison.Compare(RuleDiff.LoadPlanFile(CopiedPlan), Shipped.Value);

    private (int Exit, string Output, string Errors) Run(string oldSide, string newSide, RuleDiffFormat format = RuleDiffFormat.Text)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = new RuleDiff(output, errors).Run(oldSide, newSide, format);
        return (exit, output.ToString().Replace("\r\n", "\n"), errors.ToString().Replace("\r\n", "\n"));
    }

    /// <summary>P2 of issue 11: overtime_rate 2.0 from 2026-11-01, accelerator_threshold 150,000.</summary>
    private void MakeP2()
    {
        Edit(CopiedPlan, "      2025-01-01: 1.5\n  holiday_overtime_rate:", "      2025-01-01: 1.5\n      2026-11-01: 2.0\n  holiday_overtime_rate:");
        Edit(CopiedPlan, "      2025-01-01: 200000\n", "      2025-01-01: 150000\n");
    }

    [Fact]
    public void P2_NamesExactlyTheTwoChanges_WithDatesValuesAndLines()
    {
        using var _ = UiCulture.Use("en");
        MakeP2();
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        var overtime = changes[0];
        Assert.Equal((RuleChangeKind.ParameterValue, "overtime_rate", "1.5", "2"), (overtime.Kind, overtime.Name, overtime.Old, overtime.New));
        Assert.Equal(new DateOnly(2026, 11, 1), overtime.From);
        Assert.Equal("plans/bank-card-center.yaml:116", overtime.OldLocation);
        Assert.Equal("plans/bank-card-center.yaml:117", overtime.NewLocation);
        var threshold = changes[1];
        Assert.Equal((RuleChangeKind.ParameterValue, "accelerator_threshold", "200000", "150000"), (threshold.Kind, threshold.Name, threshold.Old, threshold.New));
        Assert.Equal(new DateOnly(2025, 1, 1), threshold.From);
        Assert.Equal("plans/bank-card-center.yaml:152", threshold.OldLocation);
        Assert.Equal("plans/bank-card-center.yaml:153", threshold.NewLocation);

        var (exit, output, errors) = Run(ShippedPlan, CopiedPlan);
        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.StartsWith("2 rule changes from ", output);
        Assert.Contains("parameter overtime_rate: from 2026-11-01 a new value, 1.5 -> 2 (1.5 in force since 2025-01-01)\n" +
            "  old: 1.5    [plans/bank-card-center.yaml:116]\n  new: 2      [plans/bank-card-center.yaml:117]\n", output);
        Assert.Contains("parameter accelerator_threshold: from 2025-01-01 the value changes, 200000 -> 150000\n", output);
    }

    [Fact]
    public void SamePlan_NoRuleChanges_Exit0()
    {
        using var _ = UiCulture.Use("en");
        var (exit, output, errors) = Run(ShippedPlan, CopiedPlan);
        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.StartsWith("no rule changes between ", output);
        Assert.Equal("[]", Run(ShippedPlan, CopiedPlan, RuleDiffFormat.Json).Output.Trim());
    }

    [Fact]
    public void CommentsAndSpacing_AreNoChange()
    {
        using var _ = UiCulture.Use("en");
        Edit(CopiedPlan, "# How to read this file", "# How to read this plan (reworded)\n\n# with an extra comment");
        Edit(CopiedPlan, "comment: Hours on non-holiday dates above 8 h per employed working day (less leave), at 150 %.",
            "comment: Overtime hours, reworded.");
        Edit(CopiedPlan, "    comment: 1 = separate taxation", "    comment: one = separate taxation");
        Edit(CopiedPlan, "amount: OT * h * overtime_rate", "amount: OT*h  *   overtime_rate");
        Edit(CopiedPlan, "      2025-01-01: 1.5\n", "      2025-01-01: 1.50   # a trailing zero and a comment\n");
        Edit(Copied("statutory", "cities", "shanghai.yaml"), "    comment: Social-insurance base floor", "    comment: The floor");
        Assert.Empty(Changes());
    }

    [Fact]
    public void ReorderedListsAndKeys_AreNoChange()
    {
        using var _ = UiCulture.Use("en");
        // Metrics listed in another order, a parameter's keys in another order, a table's keys in another order,
        // a history value's lines in another order, components in another order.
        Edit(CopiedPlan, "    damage_claim: { unit: money, header: 赔偿金额 }\n    aht_seconds: { unit: any, header: 平均处理时长 }\n",
            "    aht_seconds: { unit: any, header: 平均处理时长 }\n    damage_claim: { unit: money, header: 赔偿金额 }\n");
        Edit(CopiedPlan, "  overtime_rate:\n    source: Labour Law art. 44 - extended hours >= 150 % (comprehensive working-hours scheme)\n    values:\n      2025-01-01: 1.5\n",
            "  overtime_rate:\n    values:\n      2025-01-01: 1.5\n    source: Labour Law art. 44 - extended hours >= 150 % (comprehensive working-hours scheme)\n");
        Edit(CopiedPlan, "{ 3: 0.003, 6: 0.005, 12: 0.008, 24: 0.010 }", "{ 24: 0.01, 12: 0.008, 3: 0.003, 6: 0.005 }");
        Edit(Copied("statutory", "cn-payroll.yaml"), "lines: [pension, medical, unemployment, housing_fund]", "lines: [housing_fund, medical, pension, unemployment]");
        var text = File.ReadAllText(CopiedPlan);
        var overtime = text.IndexOf("  - code: overtime_pay\n", StringComparison.Ordinal);
        var holiday = text.IndexOf("  - code: holiday_overtime_pay\n", StringComparison.Ordinal);
        var night = text.IndexOf("  - code: night_allowance\n", StringComparison.Ordinal);
        File.WriteAllText(CopiedPlan, text[..overtime] + text[holiday..night] + text[overtime..holiday] + text[night..]);
        Assert.Empty(Changes());
    }

    [Fact]
    public void ParameterSource_IsAChangeOfReference()
    {
        using var _ = UiCulture.Use("en");
        Edit(CopiedPlan, "source: Labour Law art. 44 - work on a statutory holiday 300 %", "source: Labour Law art. 44 (2018 revision) - statutory holiday 300 %");
        var change = Assert.Single(Changes());
        Assert.Equal((RuleChangeKind.ParameterSource, "holiday_overtime_rate", "source"), (change.Kind, change.Name, change.Field));
        Assert.Contains("source (the reference it rests on) changed", change.Summary);
        Assert.Equal("Labour Law art. 44 (2018 revision) - statutory holiday 300 %", change.New);
        Assert.Equal("plans/bank-card-center.yaml:117", change.NewLocation);
    }

    [Fact]
    public void ParameterAddedAndRemoved_TableAndScaleValues()
    {
        using var _ = UiCulture.Use("en");
        Edit(CopiedPlan, "  accelerator_rate:\n", "  weekend_rate:\n    source: company policy\n    type: table\n    values:\n      2026-07-01: { 6: 2, 7: 2 }\n  accelerator_rate:\n");
        Edit(CopiedPlan, "        - { from: 4, value: 60 }\n", "        - { from: 4, value: 80 }\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        Assert.Equal((RuleChangeKind.ParameterValue, "night_allowance_per_shift"), (changes[0].Kind, changes[0].Name));
        Assert.Equal(("from 0: 0, above 0: 30, from 4: 60", "from 0: 0, above 0: 30, from 4: 80"), (changes[0].Old, changes[0].New));
        Assert.Equal((RuleChangeKind.ParameterAdded, "weekend_rate", "from 2026-07-01: {6: 2, 7: 2}"), (changes[1].Kind, changes[1].Name, changes[1].New));
        Assert.Null(changes[1].Old);
        Assert.Equal(RuleChangeKind.ParameterRemoved, ChangesBack().Single(c => c.Name == "weekend_rate").Kind);
    }

    [Fact]
    public void ComponentFormulaAndCondition_ShownSideBySide_WithTheNamesTheyRead()
    {
        using var _ = UiCulture.Use("en");
        Edit(CopiedPlan, "amount: OT * h * overtime_rate", "amount: OT * h * overtime_rate * f");
        Edit(CopiedPlan, "    when: quarterly_bonus_eligible\n", "    when: quarterly_bonus_eligible && quarter_critical_errors == 0\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        var formula = changes.Single(c => c.Name == "overtime_pay");
        Assert.Equal((RuleChangeKind.ComponentChanged, "amount"), (formula.Kind, formula.Field));
        Assert.Equal(("OT * h * overtime_rate", "OT * h * overtime_rate * f"), (formula.Old, formula.New));
        Assert.Equal(["OT", "h", "overtime_rate"], formula.OldReads);
        Assert.Equal(["OT", "h", "overtime_rate", "f"], formula.NewReads);
        Assert.Equal("plans/bank-card-center.yaml:355", formula.OldLocation);
        var condition = changes.Single(c => c.Name == "quarterly_bonus");
        Assert.Equal("when", condition.Field);
        Assert.Equal(["quarterly_bonus_eligible", "quarter_critical_errors"], condition.NewReads);

        var output = Run(ShippedPlan, CopiedPlan).Output;
        Assert.Contains("component overtime_pay (加班费): its formula (amount) changed\n" +
            "  old: OT * h * overtime_rate        [plans/bank-card-center.yaml:355]\n" +
            "  new: OT * h * overtime_rate * f    [plans/bank-card-center.yaml:355]\n" +
            "  old reads: OT, h, overtime_rate\n  new reads: OT, h, overtime_rate, f\n", output);
    }

    [Fact]
    public void ComponentAddedRemovedAndCategory_LambdaParametersAreNotNamesRead()
    {
        using var _ = UiCulture.Use("en");
        Edit(CopiedPlan, "  - code: holiday_overtime_pay\n",
            "  - code: long_shifts\n    category: variable\n    name: 长班次\n    name_en: Long shifts\n    unit: count\n    value: shifts.Count(s => s.Hours > daily_standard_hours)\n" +
            "  - code: holiday_overtime_pay\n");
        Edit(CopiedPlan, "    name_en: KPI score\n    category: info\n", "    name_en: KPI score\n    category: employer\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        var added = changes.Single(c => c.Kind == RuleChangeKind.ComponentAdded);
        Assert.Equal("long_shifts", added.Name);
        Assert.Equal(["shifts", "daily_standard_hours"], added.NewReads);
        var category = changes.Single(c => c.Kind == RuleChangeKind.ComponentChanged);
        Assert.Equal(("kpi_score", "category", "info", "employer"), (category.Name, category.Field, category.Old, category.New));
        Assert.Equal(RuleChangeKind.ComponentRemoved, ChangesBack().Single(c => c.Name == "long_shifts").Kind);
    }

    [Fact]
    public void FlagHistoryAndInputChanges()
    {
        using var _ = UiCulture.Use("en");
        Edit(CopiedPlan, "    when: OT > overtime_flag_hours\n", "    when: OT >= overtime_flag_hours\n");
        Edit(CopiedPlan, "    lines: [critical_errors_count]\n    window: quarter\n", "    lines: [critical_errors_count]\n    window: year\n");
        Edit(CopiedPlan, "    critical_errors: { unit: count, header: 关键项 }\n",
            "    critical_errors: { unit: count, header: 关键差错 }\n    transfers: { unit: count }\n");
        Edit(CopiedPlan, "    pa_rating: { header: 年度考评 }\n", "    pa_rating: { header: 年度考评 }\n    tenure_band: {}\n");
        var changes = Changes();
        Assert.Equal(5, changes.Count);
        Assert.Equal((RuleChangeKind.Input, "critical_errors", "header", "关键项", "关键差错"),
            (changes[0].Kind, changes[0].Name, changes[0].Field, changes[0].Old, changes[0].New));
        Assert.Equal((RuleChangeKind.Input, "transfers", null, "count"), (changes[1].Kind, changes[1].Name, changes[1].Old, changes[1].New));
        Assert.Equal((RuleChangeKind.Input, "tenure_band", "text metric"), (changes[2].Kind, changes[2].Name, changes[2].Field));
        Assert.Equal((RuleChangeKind.HistoryChanged, "critical_errors_earlier_in_quarter", "window", "quarter", "year"),
            (changes[3].Kind, changes[3].Name, changes[3].Field, changes[3].Old, changes[3].New));
        Assert.Equal((RuleChangeKind.FlagChanged, "overtime_over_36h", "when"), (changes[4].Kind, changes[4].Name, changes[4].Field));
        Assert.Equal(["OT", "overtime_flag_hours"], changes[4].NewReads);
    }

    [Fact]
    public void CityParameterAndCalendarDay()
    {
        using var _ = UiCulture.Use("en");
        Edit(Copied("statutory", "cities", "shanghai.yaml"), "      2025-07-01: 2740\n  min_wage_excludes", "      2025-07-01: 2740\n      2026-07-01: 2800\n  min_wage_excludes");
        // 2026-10-03 (a Saturday) is no longer a statutory holiday but a plain day off: same working days.
        Edit(Copied("calendars", "cn-2026.yaml"), "  - 2026-10-03\n", "");
        Edit(Copied("calendars", "cn-2026.yaml"), "  - 2026-10-04\n", "  - 2026-10-03\n  - 2026-10-04\n");
        var changes = Changes();
        Assert.Equal(2, changes.Count);
        Assert.Equal((RuleChangeKind.ParameterValue, "shanghai.minimum_wage", "2740", "2800"), (changes[0].Kind, changes[0].Name, changes[0].Old, changes[0].New));
        Assert.Equal(new DateOnly(2026, 7, 1), changes[0].From);
        Assert.Equal("cities/shanghai.yaml:91", changes[0].NewLocation);
        Assert.Equal((RuleChangeKind.CalendarDay, "2026-10-03", "statutory holiday", "rest day"), (changes[1].Kind, changes[1].Name, changes[1].Old, changes[1].New));
        Assert.Equal("calendars/cn-2026.yaml", changes[1].NewLocation);
    }

    [Fact]
    public void Json_ArrayOfChanges_WithKindNameOldNewFromLocationsAndReads()
    {
        using var _ = UiCulture.Use("en");
        MakeP2();
        Edit(CopiedPlan, "amount: OT * h * overtime_rate", "amount: OT * h * overtime_rate * f");
        var (exit, output, _) = Run(ShippedPlan, CopiedPlan, RuleDiffFormat.Json);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        foreach (var item in items)
            Assert.Equal(["kind", "name", "field", "summary", "old", "new", "from", "locations", "reads"], item.EnumerateObject().Select(p => p.Name));
        var first = items[0];
        Assert.Equal("parameter-value", first.GetProperty("kind").GetString());
        Assert.Equal("overtime_rate", first.GetProperty("name").GetString());
        Assert.Equal("1.5", first.GetProperty("old").GetString());
        Assert.Equal("2", first.GetProperty("new").GetString());
        Assert.Equal("2026-11-01", first.GetProperty("from").GetString());
        Assert.Equal("plans/bank-card-center.yaml:116", first.GetProperty("locations").GetProperty("old").GetString());
        Assert.Equal("plans/bank-card-center.yaml:117", first.GetProperty("locations").GetProperty("new").GetString());
        var component = items[2];
        Assert.Equal("component-changed", component.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, component.GetProperty("from").ValueKind);
        Assert.Equal(["OT", "h", "overtime_rate", "f"], component.GetProperty("reads").GetProperty("new").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void SideThatDoesNotLoad_ItsErrorsWithFileAndLine_Exit1()
    {
        using var _ = UiCulture.Use("en");
        Edit(CopiedPlan, "amount: OT * h * overtime_rate", "amount: OT * h * overtime_rat");
        var (exit, output, errors) = Run(ShippedPlan, CopiedPlan);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("the new side", errors);
        Assert.Contains("bank-card-center.yaml:", errors);
        Assert.Contains("overtime_rat", errors);
    }

    [Fact]
    public void PeriodSide_WithoutADatabase_OneLine_Exit1()
    {
        using var _ = UiCulture.Use("en");
        var (exit, output, errors) = Run("period:2026-10", ShippedPlan);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no database at (none) to read the rules of 2026-10 from", line);
    }

    [Fact]
    public void PeriodSide_IsTheStoredSnapshot_ComparedWithP2()
    {
        using var _ = UiCulture.Use("en");
        using var db = new TempDatabase();
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(PayrollRunner.Ok, new PayrollRunner(TextWriter.Null, new StringWriter(), clock).Run(new RunRequest(ShippedPlan, new Period(2026, 10),
            Repo.Path("examples", "bank-card-center", "2026-10"), db.Path, Folder.File("out"), Repo.Path("rules"))));
        MakeP2();

        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, new RuleDiff(output, errors, db.Path, clock).Run("period:2026-10", ShippedPlan, RuleDiffFormat.Text));
        Assert.StartsWith("no rule changes between period:2026-10 and ", output.ToString());

        output = new StringWriter();
        Assert.Equal(0, new RuleDiff(output, errors, db.Path, clock).Run("period:2026-10", CopiedPlan, RuleDiffFormat.Json));
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(["overtime_rate", "accelerator_threshold"], json.RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("plans/bank-card-center.yaml:116", json.RootElement[0].GetProperty("locations").GetProperty("old").GetString());
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public void PeriodSide_MonthWithoutARun_OneLine_Exit1()
    {
        using var en = UiCulture.Use("en");
        using var db = new TempDatabase();
        _ = new PayCalc.Storage.PayrollStore(db.Path, TimeProvider.System);
        var errors = new StringWriter();

        Assert.Equal(1, new RuleDiff(new StringWriter(), errors, db.Path).Run("period:2026-09", ShippedPlan, RuleDiffFormat.Text));
        Assert.Contains("2026-09 has no stored rule snapshot", errors.ToString());
    }
}
