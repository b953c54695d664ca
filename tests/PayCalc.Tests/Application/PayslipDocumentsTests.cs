using System.Globalization;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;
using PayCalc.Storage;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Application;

/// <summary><c>paycalc payslips</c> on the shipped example month: one PDF per agent from the stored month, read back as
/// text the way a reader's PDF viewer would (pdftotext).</summary>
public sealed class PayslipDocumentsTests : IClassFixture<PayslipDocumentsTests.October>, IDisposable
{
    private static readonly Period Period = new(2026, 10);
    private readonly October _october;
    private readonly TempFolder _out = new();
    // English texts asserted; ToolLanguageTests covers the Chinese default.
    private readonly UiCulture _english = UiCulture.Use("en");

    public PayslipDocumentsTests(October october) => _october = october;

    public void Dispose()
    {
        _out.Dispose();
        _english.Dispose();
    }

    /// <summary>The example's October, run once for the class.</summary>
    public sealed class October : IDisposable
    {
        public ExampleMonthRuns Runs { get; } = new();

        public October() => Assert.Equal(PayrollRunner.Ok, Runs.Run(Period).Exit);

        public IReadOnlyList<StoredPayslip> Payslips =>
            new PayrollStore(Runs.Db.Path, TimeProvider.System).Runs.ReadPayslips(Period);

        public void Dispose() => Runs.Dispose();
    }

    private (int Exit, string Output, string Errors) Write(PayslipsRequest request)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = new PayslipDocuments(output, errors, TimeProvider.System).Write(request);
        return (exit, output.ToString(), errors.ToString());
    }

    private PayslipsRequest Request(IReadOnlyList<string>? agents = null, bool combined = false) =>
        new(Period, _october.Runs.Db.Path, _out.Path, agents, combined);

    [Fact]
    public void Write_Example_OnePdfPerAgentWithNamePeriodLinesAndNetInFiguresAndCapitals()
    {
        ExternalTool.Require("pdftotext");
        var (exit, output, errors) = Write(Request());

        Assert.Equal(PayrollRunner.Ok, exit);
        Assert.Equal("", errors);
        Assert.StartsWith($"wrote 45 payslips of 2026-10 to {_out.Path}", output);
        var slips = _october.Payslips;
        Assert.Equal(45, slips.Count);
        Assert.Equal(slips.Select(s => $"{s.AgentId}-2026-10.pdf").Order(StringComparer.Ordinal),
            Directory.GetFiles(_out.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var slip in slips)
        {
            var text = PdfText(Path.Combine(_out.Path, $"{slip.AgentId}-2026-10.pdf"));
            Assert.Contains(slip.Name, text);
            Assert.Contains(slip.AgentId, text);
            Assert.Contains("2026-10", text);
            foreach (var line in slip.Lines.Where(l => l.Category is LineCategory.Earning or LineCategory.Deduction && l.Amount != 0m))
            {
                Assert.Contains(line.Name, text);
                Assert.Contains(line.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture), text);
            }
            Assert.Contains(slip.Net.ToString("#,##0.00", CultureInfo.InvariantCulture), text);
            Assert.Contains(ChineseCapitalAmount.Of(slip.Net), text);
            // Employer cost is not the agent's pay: not on the payslip.
            Assert.DoesNotContain("单位养老保险", text);
            Assert.DoesNotContain("单位成本", text);
        }
    }

    [Fact]
    public void Write_Combined_OneFileWithEveryPayslip()
    {
        ExternalTool.Require("pdftotext", "pdfinfo");
        // The Chinese default: the PDF's words and the console line (the class reads English elsewhere).
        using var chinese = UiCulture.Use("zh-CN");
        var (exit, output, _) = Write(Request(combined: true));

        Assert.Equal(PayrollRunner.Ok, exit);
        var path = Path.Combine(_out.Path, "payslips-2026-10.pdf");
        Assert.Equal([path], Directory.GetFiles(_out.Path));
        Assert.StartsWith($"已把 2026-10 的 45 张工资单写入 {path}", output);
        var (_, info) = ExternalTool.Run("pdfinfo", TimeSpan.FromMinutes(1), path);
        Assert.Contains("Pages:           45", info);
        var text = PdfText(path);
        Assert.All(_october.Payslips, s => Assert.Contains($"工号 {s.AgentId}", text));
    }

    [Fact]
    public void Write_SomeAgents_OnlyTheirFilesWithTheFontEmbedded()
    {
        var (exit, _, _) = Write(Request(["A002", "A001"]));

        Assert.Equal(PayrollRunner.Ok, exit);
        Assert.Equal(["A001-2026-10.pdf", "A002-2026-10.pdf"], Directory.GetFiles(_out.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var pdf = File.ReadAllText(Path.Combine(_out.Path, "A001-2026-10.pdf"), System.Text.Encoding.Latin1);
        Assert.Contains("/FontFile2", pdf); // the TrueType font is in the file
        Assert.Contains("WenQuanYi", pdf);
    }

    [Fact]
    public void ReadPayslips_LinesOnly_SameLinesAndExplanationsAsTheFullRead()
    {
        var runs = new PayrollStore(_october.Runs.Db.Path, TimeProvider.System).Runs;

        var full = runs.ReadPayslips(Period);
        var lines = runs.ReadPayslips(Period, linesOnly: true);

        Assert.Equal(full.Select(p => (p.AgentId, p.Gross, p.Net)), lines.Select(p => (p.AgentId, p.Gross, p.Net)));
        Assert.Equal(full.SelectMany(p => p.Lines.Select(l => (l.Code, l.Name, l.Category, l.Amount, l.Explain))),
            lines.SelectMany(p => p.Lines.Select(l => (l.Code, l.Name, l.Category, l.Amount, l.Explain))));
        Assert.All(lines, p => Assert.Empty(p.Variables));
    }

    [Fact]
    public void FontFor_NameOutsideGb2312_WrittenWithTheWholeFont()
    {
        PayCalc.Files.Pdf.PayslipFontResolver.EnsureInstalled();

        Assert.True(PayCalc.Files.Pdf.PayslipFontResolver.CoversAll(["张三", "基本工资", "5220 * (0.8 * 0 + 18) / 18", "…"]));
        Assert.False(PayCalc.Files.Pdf.PayslipFontResolver.CoversAll(["王堃"])); // 堃 is not in GB 2312
        var slip = _october.Payslips.First(s => s.AgentId == "A001");
        var rare = new Payslip { AgentId = "A001", Name = "王堃", Team = slip.Team, Lines = slip.Lines };
        var path = Path.Combine(_out.Path, "rare.pdf");

        new PayCalc.Files.Pdf.PayslipPdfWriter().Write(rare, new PayCalc.Files.Pdf.PayslipPdfHeader("", "p", "1", Period), path);

        var pdf = File.ReadAllText(path, System.Text.Encoding.Latin1);
        Assert.Contains("/FontFile2", pdf);
        ExternalTool.Require("pdftotext");
        Assert.Contains("王堃", PdfText(path));
    }

    [Fact]
    public void Write_UnknownAgent_OneLineExitOneNothingWritten()
    {
        var (exit, _, errors) = Write(Request(["A001", "Z999", "Z998"]));

        Assert.Equal(PayrollRunner.Failure, exit);
        Assert.Equal("No stored payslip in 2026-10 for Z999, Z998; nothing written." + Environment.NewLine, errors);
        Assert.Empty(Directory.GetFiles(_out.Path));
    }

    [Fact]
    public void Write_MonthNotStored_OneLineExitOne()
    {
        var (exit, _, errors) = Write(Request() with { Period = new Period(2026, 9) });

        Assert.Equal(PayrollRunner.Failure, exit);
        Assert.Equal($"No stored run for 2026-09 in {_october.Runs.Db.Path}. Run `paycalc run` for that month first.{Environment.NewLine}", errors);
    }

    [Fact]
    public void Write_NoDatabase_OneLineExitOne()
    {
        var (exit, _, errors) = Write(Request() with { DatabasePath = Path.Combine(_out.Path, "none.db") });

        Assert.Equal(PayrollRunner.Failure, exit);
        Assert.StartsWith("No database at ", errors);
        Assert.Single(errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Write_InEnglish_HeadingsInEnglishCapitalsStillChinese()
    {
        ExternalTool.Require("pdftotext");
        using var _ = UiCulture.Use("en");
        var slip = _october.Payslips.First(s => s.AgentId == "A001");

        var (exit, _, errors) = Write(Request(["A001"]));

        Assert.Equal(PayrollRunner.Ok, exit);
        Assert.Equal("", errors);
        var text = PdfText(Path.Combine(_out.Path, "A001-2026-10.pdf"));
        Assert.Contains("Payslip", text);
        Assert.Contains("Agent ID A001", text);
        Assert.Contains("Gross pay", text);
        Assert.Contains("Net amount", text);
        Assert.Contains("In capitals (大写): " + ChineseCapitalAmount.Of(slip.Net), text);
        Assert.DoesNotContain("应发合计", text);
    }

    private static string PdfText(string path)
    {
        var (exit, text) = ExternalTool.Run("pdftotext", TimeSpan.FromMinutes(1), "-layout", path, "-");
        Assert.Equal(0, exit);
        return text;
    }
}
