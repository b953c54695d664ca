using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Export;

/// <summary>The example month's workbook printed as HR would print it: LibreOffice renders it to PDF, and the PDF's
/// pages are read back with pdftotext. The register has the only page footer (第 N 页 / 共 M 页), so its pages are the
/// pages with that footer.</summary>
public sealed class PrintedWorkbookTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ExampleWorkbook_RegisterOnAtMostEightPages_EveryStripWholeOnOnePage()
    {
        ExternalTool.Require("soffice", "pdftotext");
        var pages = PrintExample();

        var register = pages.Where(p => p.Contains("页 / 共", StringComparison.Ordinal)).ToList();
        Assert.InRange(register.Count, 1, 8);
        Assert.Contains(register, p => p.Contains("应发合计", StringComparison.Ordinal));
        Assert.All(register, p => Assert.Contains("工号", p)); // the header rows repeat on every page

        var strips = pages.Where(p => p.Contains("工资条", StringComparison.Ordinal)).ToList();
        // A strip's first row says 工资条, its last row pair 大写: both on the same page for every strip.
        Assert.All(strips, p => Assert.Equal(Count(p, "工资条"), Count(p, "大写")));
        Assert.Equal(45, strips.Sum(p => Count(p, "工资条")));
    }

    private List<string> PrintExample()
    {
        using var db = new TempDatabase();
        var output = Path.Combine(_folder.Path, "out");
        var exit = new PayrollRunner(TextWriter.Null, TextWriter.Null, TimeProvider.System).Run(new RunRequest(
            NetPay.PlanPath, new Period(2026, 10), ExampleMonthRuns.Example("2026-10"), db.Path, output, Repo.Path("rules")));
        Assert.Equal(PayrollRunner.Ok, exit);

        var pdfFolder = Path.Combine(_folder.Path, "pdf");
        // A profile of its own, so that a LibreOffice already open on the machine does not take the job.
        var profile = new Uri(Path.Combine(_folder.Path, "lo-profile")).AbsoluteUri;
        var (soffice, said) = ExternalTool.Run("soffice", TimeSpan.FromMinutes(4), $"-env:UserInstallation={profile}",
            "--headless", "--convert-to", "pdf", "--outdir", pdfFolder, Path.Combine(output, "payroll-2026-10.xlsx"));
        var pdf = Path.Combine(pdfFolder, "payroll-2026-10.pdf");
        Assert.True(soffice == 0 && File.Exists(pdf), said);

        var (exitText, text) = ExternalTool.Run("pdftotext", TimeSpan.FromMinutes(1), "-layout", pdf, "-");
        Assert.Equal(0, exitText);
        return text.Split('\f').ToList();
    }

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
