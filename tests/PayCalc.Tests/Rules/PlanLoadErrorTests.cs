using PayCalc.Domain;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>A broken plan stops the load with file, line and component; nothing is silently defaulted.</summary>
public class PlanLoadErrorTests
{
    private static readonly string Original = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));

    private static IReadOnlyList<RuleError> Errors(string yaml)
    {
        var ex = Assert.Throws<RuleLoadException>(() => PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), new Period(2026, 10)));
        return ex.Errors;
    }

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Original);
        return Original.Replace(from, to);
    }

    [Fact]
    public void Typo_InAName_NamesFileLineAndComponent()
    {
        var yaml = Replace("amount: OT * h * overtime_rate", "amount: OT * h * overtime_rat");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("plan.yaml", e.File);
        Assert.Equal(LineOf(yaml, "* overtime_rat"), e.Line);
        Assert.Equal("overtime_pay", e.Code);
        Assert.Contains("overtime_rat", e.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\").Length")]
    [InlineData("Environment.Exit(1)")]
    [InlineData("base_salary.GetType().Assembly.FullName.Length")]
    [InlineData("DateTime.Now.Day")]
    [InlineData("Convert.ToDouble(base_salary)")]
    [InlineData("Type.GetType(\"System.IO.File\") == null ? 1 : 0")]
    public void ForbiddenCall_IsRejectedAtLoad(string expression)
    {
        var yaml = Replace("amount: Hh * h * holiday_overtime_rate", $"amount: '{expression.Replace("'", "''")}'");
        var errors = Errors(yaml);
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal("holiday_overtime_pay", e.Code);
            Assert.Equal(LineOf(yaml, expression.Replace("'", "''")), e.Line);
            Assert.Equal("plan.yaml", e.File);
        });
    }

    [Fact]
    public void Cycle_IsReportedWithItsPath()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("value: base_salary * f / monthly_standard_hours", "value: base_salary * f / monthly_standard_hours + overtime_pay");
        var e = Assert.Single(Errors(yaml));
        Assert.Contains("cycle", e.Message);
        Assert.Contains("overtime_pay", e.Message);
        Assert.Contains("h", e.Message);
    }

    [Fact]
    public void UnknownKey_IsReported()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("    comment: No performance pay for probation days.", "    coment: No performance pay for probation days.");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("performance_pay", e.Code);
        Assert.Contains("unknown key 'coment'", e.Message);
        Assert.Equal(LineOf(yaml, "coment:"), e.Line);
    }

    [Fact]
    public void BadDate_AndOverlappingDates_AreReported()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("      2025-01-01: 1.5", "      2025-13-01: 1.5\n      2026-01-01: 1.6\n      2025-06-01: 1.7");
        var errors = Errors(yaml);
        Assert.Contains(errors, e => e.Code == "overtime_rate" && e.Message.Contains("'2025-13-01' is not an effective date"));
        Assert.Contains(errors, e => e.Code == "overtime_rate" && e.Message.Contains("overlap"));
    }

    [Fact]
    public void ScaleTiersThatGoDown_AreReportedAtTheTier()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("        - { from: 4, value: 60 }", "        - { from: -1, value: 60 }");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("night_allowance_per_shift", e.Code);
        Assert.Equal("tier thresholds must ascend: -1 after 0.", e.Message);
        Assert.Equal(LineOf(yaml, "{ from: -1, value: 60 }"), e.Line);
        Assert.Equal("plan.yaml", e.File);
    }

    [Fact]
    public void ConditionThatIsNotBoolean_IsATypeMismatch()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("    value: has_metrics && critical_errors == 0", "    value: critical_errors");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("pk_eligible", e.Code);
        Assert.Contains("must be true or false", e.Message);
    }

    [Fact]
    public void AddingMoneyAndHours_IsAUnitMismatch()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("value: Hn + Hh", "value: Hn + base_salary");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("H", e.Code);
        Assert.Contains("cannot add hours and money", e.Message);
    }

    [Fact]
    public void FloatingPointLiteralResult_IsRejected()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("value: \"sales_volume >= accelerator_threshold ? accelerator_rate : 1\"", "value: \"sales_volume >= accelerator_threshold ? 1.2 : 1\"");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("accelerator", e.Code);
        Assert.Contains("floating point", e.Message);
    }

    [Fact]
    public void SeveralProblems_AreAllReportedAtOnce()
    {
        var yaml = Replace("amount: OT * h * overtime_rate", "amount: OT * h * overtime_rat")
            .Replace("value: Hn + Hh", "value: Hn + Hx");
        Assert.Equal(new[] { "H", "overtime_pay" }, Errors(yaml).Select(e => e.Code ?? "").Order().ToArray());
    }

    [Fact]
    public void ParameterWithoutValueForThePeriod_IsReported()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("      2025-01-01: 1.5", "      2027-01-01: 1.5");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("overtime_rate", e.Code);
        Assert.Contains("no value in force on 2026-10-01", e.Message);
    }

    [Fact]
    public void DuplicateComponentCode_IsReported()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("  - code: Hh\n", "  - code: Hn\n");
        Assert.Contains(Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans"))).Errors,
            e => e.Code == "Hn" && e.Message.Contains("defined twice"));
    }

    [Fact]
    public void CalendarWithWrongWorkingDayCount_IsReported()
    {
        using var _ = UiCulture.Use("en");
        var yaml = File.ReadAllText(Repo.Path("rules", "calendars", "cn-2026.yaml")).Replace("  - 2026-10-10  # Sat, National Day\n", "");
        var ex = Assert.Throws<RuleLoadException>(() => CalendarLoader.Parse(yaml, "cn-2026.yaml"));
        Assert.Contains(ex.Errors, e => e.Message.Contains("2026-10 has 17 working days"));
    }

    [Fact]
    public void CalendarFolderMissing_IsARuleErrorNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"paycalc-no-rules-{Guid.NewGuid():N}", "calendars");
        var ex = Assert.Throws<RuleLoadException>(() => CalendarLoader.LoadAll(missing, "cn"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal(missing, e.File);
        Assert.Contains("PAYCALC_RULESDIRECTORY", e.Message);
    }

    [Fact]
    public void HistoryByMonth_WithMonths_IsRefusedWithItsLine()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("    lines: [commission_accelerator]\n    by_month: true", "    months: true\n    by_month: true");
        var e = Assert.Single(Errors(yaml), x => x.Code == "accelerator_by_month");
        Assert.Contains("'by_month' reads stored lines month by month", e.Message);
    }

    [Fact]
    public void HistoryByMonth_ReadAsANumber_IsATypeError()
    {
        var yaml = Replace("* accelerator_by_month.MonthsAgo(d.BookedMonthsAgo))", "* accelerator_by_month)");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal("commission_clawback", e.Code);
    }

    [Fact]
    public void HistoryOfAVariable_TellsToStoreItAsAnInfoLine()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("    lines: [commission_accelerator]\n    by_month: true", "    lines: [accelerator]\n    by_month: true");
        var e = Assert.Single(Errors(yaml), x => x.Code == "accelerator_by_month");
        Assert.Contains("'accelerator', a variable; only payslip lines are stored for later months (make it an info line)", e.Message);
    }

    [Theory]
    [InlineData("0")]      // Enum.TryParse reads a number as the member with that value: earning
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("earning, deduction")]
    public void Category_AsANumberOrAList_IsRefusedWithItsLine(string category)
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("name_en: Base pay\n    category: earning", $"name_en: Base pay\n    category: {category}");
        // base_pay then reads as a variable, which other rules' checks report too; the category error is the one that matters.
        var e = Assert.Single(Errors(yaml), x => x.Message.Contains("'category'"));
        Assert.Equal("base_pay", e.Code);
        Assert.Equal(("plan.yaml", LineOf(yaml, $"category: {category}")), (e.File, e.Line));
        Assert.Contains($"'category' must be one of earning, deduction, info, employer, variable: '{category}'.", e.Message);
    }

    [Fact]
    public void Unit_AsANumber_IsRefusedWithItsLine()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Replace("name_en: Base pay\n    category: earning", "name_en: Base pay\n    category: earning\n    unit: 2");
        var e = Assert.Single(Errors(yaml));
        Assert.Equal(LineOf(yaml, "unit: 2"), e.Line);
        Assert.Contains("'unit' must be one of", e.Message);
    }
}
