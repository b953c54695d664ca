using System.Diagnostics;
using System.Globalization;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// <c>paycalc preview</c>: the month so far is imported, checked and computed as <c>run</c> does and stored as the one
/// preview agents see - never as the month's run, a payslip, a period status or history - and the next preview replaces it.
/// </summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly ExampleMonthRuns _runs = new();
    private readonly TempFolder _dir = new();

    public void Dispose()
    {
        _runs.Dispose();
        _dir.Dispose();
    }

    private PayrollStore Store() => new(_runs.Db.Path, TimeProvider.System);

    [Fact]
    public void Preview_IsStored_AndIsNotTheMonth()
    {
        Assert.Equal(0, _runs.Run(new Period(2026, 10)).Exit);

        var (exit, output, _) = _runs.Preview(new Period(2026, 11));

        Assert.Equal(0, exit);
        Assert.Contains("已保存 2026-11 的预估（数据截至 2026-11-30）：", output);
        Assert.Contains("它不是工资单，也不是该月的运行", output);
        var store = Store();
        var preview = store.Previews.Latest()!;
        Assert.Equal((new Period(2026, 11), "hr-test"), (preview.Period, preview.CreatedBy));
        Assert.Null(store.Runs.FindRun(new Period(2026, 11)));
        Assert.Null(store.Runs.FindPayslip(new Period(2026, 11), "A001"));
        Assert.Equal(PeriodStatus.Open, store.Periods.GetPeriodStatus(new Period(2026, 11)));
        Assert.DoesNotContain(store.Periods.ListPeriods(), p => p.Period == new Period(2026, 11));
        // The month is then run as ever: the preview stands in for nothing.
        Assert.Equal(0, _runs.Run(new Period(2026, 11)).Exit);
    }

    [Fact]
    public void NextPreview_ReplacesTheOneBefore()
    {
        Assert.Equal(0, _runs.Run(new Period(2026, 10)).Exit);
        Assert.Equal(0, _runs.Preview(new Period(2026, 11)).Exit);
        var first = Store().Previews.Latest()!;

        Assert.Equal(0, _runs.Preview(new Period(2026, 11)).Exit);

        var second = Store().Previews.Latest()!;
        Assert.NotEqual(first.Id, second.Id);
        Assert.Null(Store().Previews.TeamDocumentOf(first.Id, "A001"));
        Assert.NotNull(Store().Previews.TeamDocumentOf(second.Id, "A001"));
    }

    [Fact]
    public void Preview_OfAMonthWithARun_IsRefused()
    {
        Assert.Equal(0, _runs.Run(new Period(2026, 10)).Exit);

        var (exit, _, errors) = _runs.Preview(new Period(2026, 10));

        Assert.Equal(PayrollRunner.Failure, exit);
        Assert.Contains("2026-10 已有月度运行", errors);
        Assert.Null(Store().Previews.Latest());
    }

    [Fact]
    public void Preview_WithBadInput_ListsTheProblems_AndKeepsThePreviewBefore()
    {
        Assert.Equal(0, _runs.Run(new Period(2026, 10)).Exit);
        Assert.Equal(0, _runs.Preview(new Period(2026, 11)).Exit);
        var before = Store().Previews.Latest()!;
        var broken = _dir.File("2026-11");
        Directory.CreateDirectory(broken);
        foreach (var f in Directory.GetFiles(ExampleMonthRuns.Example("2026-11")).Where(f => !f.EndsWith("attendance.xlsx", StringComparison.Ordinal)))
            File.Copy(f, Path.Combine(broken, Path.GetFileName(f)));

        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = new PublishPreview(output, errors, TimeProvider.System).Publish(new PreviewRequest(NetPay.PlanPath, new Period(2026, 11), broken,
            _runs.Db.Path, Repo.Path("rules")));

        Assert.Equal(PayrollRunner.BadInput, exit);
        Assert.Contains("attendance", errors.ToString());
        Assert.Equal(before.Id, Store().Previews.Latest()!.Id);
    }

    [Fact]
    public void Preview_SpeaksEnglish_WhenAsked()
    {
        Assert.Equal(0, _runs.Run(new Period(2026, 10)).Exit);
        var old = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var (exit, output, _) = _runs.Preview(new Period(2026, 11));

            Assert.Equal(0, exit);
            Assert.Contains("Stored the preview of 2026-11 (data as of 2026-11-30):", output);
        }
        finally
        {
            CultureInfo.CurrentUICulture = old;
        }
    }
}
