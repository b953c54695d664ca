using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>The month's workflow refusals and reports in the UI language: Chinese by default, English on request.</summary>
public sealed class WorkflowLanguageTests : IDisposable
{
    private static readonly Period October = new(2026, 10);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private (int Exit, string Printed) Step(string culture, PeriodAction action)
    {
        using var _ = UiCulture.Use(culture);
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = new PeriodWorkflow(output, errors, TimeProvider.System).Step(_db.Path, October, action, "hr.li", null);
        return (exit, output + errors.ToString());
    }

    [Theory]
    [InlineData("zh-CN", PeriodAction.Approve, "2026-10 没有保存的运行结果；请先运行（paycalc run --period 2026-10 ...），再审批。")]
    [InlineData("en", PeriodAction.Approve, "Period 2026-10 has no stored run; run it first (paycalc run --period 2026-10 ...), then approve.")]
    [InlineData("zh-CN", PeriodAction.Close, "2026-10 没有保存的运行结果；请先运行并审批，再关账。")]
    [InlineData("en", PeriodAction.Close, "Period 2026-10 has no stored run; run and approve it before closing.")]
    public void Step_WithoutDatabase_IsRefusedInTheUiLanguage(string culture, PeriodAction action, string expected)
    {
        var (exit, printed) = Step(culture, action);
        Assert.Equal(PayrollRunner.Failure, exit);
        Assert.StartsWith(expected, printed.Trim());
    }

    [Theory]
    [InlineData("zh-CN", "没有数据库：还没有运行过任何月份（所有月份都未计算）。")]
    [InlineData("en", ": no month has been run yet (every month is open).")]
    public void Status_WithoutDatabase_InTheUiLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var output = new StringWriter();
        Assert.Equal(0, new PeriodWorkflow(output, new StringWriter(), TimeProvider.System).Status(_db.Path, null));
        Assert.Contains(expected, output.ToString());
    }

    [Theory]
    [InlineData("zh-CN", PeriodStatus.Approved, "已审批")]
    [InlineData("en", PeriodStatus.Approved, "approved")]
    [InlineData("zh-CN", PeriodStatus.Closed, "已关账")]
    [InlineData("en", PeriodStatus.Open, "open")]
    public void StatusNames_AreShownInTheUiLanguage_AndStoredInEnglish(string culture, PeriodStatus status, string shown)
    {
        using var _ = UiCulture.Use(culture);
        Assert.Equal(shown, PeriodTransitions.Shown(status));
        Assert.Equal(status.ToString().ToLowerInvariant(), PeriodTransitions.Text(status));
    }
}
