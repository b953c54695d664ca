using System.IO.Compression;
using System.Text.Json;
using OfficeOpenXml;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Export;

/// <summary>The workbook's 汇总 Summary sheet on the example months, run through the real runner into one database:
/// November's sheet against November's and October's payslips.json (what HR was given, not the summary's own code).</summary>
public sealed class SummarySheetTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempDatabase _db = new();

    public void Dispose()
    {
        _db.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Run_SecondExampleMonth_SummaryTotalsMatchBothMonthsPayslips()
    {
        var october = Run("2026-10");
        var november = Run("2026-11");
        var (now, before) = (Payslips(november), Payslips(october));

        using var package = new ExcelPackage(new FileInfo(Path.Combine(november, "payroll-2026-11.xlsx")));
        var sheet = package.Workbook.Worksheets["汇总 Summary"];
        Assert.NotNull(sheet);
        Assert.Equal("2026-11 工资汇总", sheet.Cells[1, 1].Value);
        Assert.Contains("2026-10", (string)sheet.Cells[3, 1].Value);

        // Per line: this month, the previous month, the change.
        var gross = Row(sheet, "gross");
        Assert.Equal(Sum(now, p => p.GetProperty("gross").GetDecimal()), Money(sheet, gross, 4));
        Assert.Equal(Sum(before, p => p.GetProperty("gross").GetDecimal()), Money(sheet, gross, 5));
        Assert.Equal(Money(sheet, gross, 4) - Money(sheet, gross, 5), Money(sheet, gross, 6));
        var net = Row(sheet, "net");
        Assert.Equal(Sum(now, p => p.GetProperty("net").GetDecimal()), Money(sheet, net, 4));
        Assert.Equal(Sum(before, p => p.GetProperty("net").GetDecimal()), Money(sheet, net, 5));
        foreach (var code in new[] { "base_pay", "overtime_pay", "pension", "iit", "employer_pension" })
        {
            var row = Row(sheet, code);
            Assert.Equal(LineSum(now, code), Money(sheet, row, 4));
            Assert.Equal(LineSum(before, code), Money(sheet, row, 5));
        }
        var payslips = Row(sheet, "payslips");
        Assert.Equal(now.Count, Convert.ToInt32(sheet.Cells[payslips, 4].Value));
        Assert.Equal(before.Count, Convert.ToInt32(sheet.Cells[payslips, 5].Value));

        // Per team: agents, gross, net, last month's net.
        foreach (var team in now.Select(p => p.GetProperty("team").GetString()!).Distinct())
        {
            var row = Row(sheet, team, from: Row(sheet, "payslips"));
            var members = now.Where(p => p.GetProperty("team").GetString() == team).ToList();
            Assert.Equal(members.Count, Convert.ToInt32(sheet.Cells[row, 2].Value));
            Assert.Equal(Sum(members, p => p.GetProperty("gross").GetDecimal()), Money(sheet, row, 3));
            Assert.Equal(Sum(members, p => p.GetProperty("net").GetDecimal()), Money(sheet, row, 5));
            Assert.Equal(Sum(before.Where(p => p.GetProperty("team").GetString() == team), p => p.GetProperty("net").GetDecimal()), Money(sheet, row, 7));
        }

        // Exceptions by kind: the month's flags counted per code.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(november, "payslips.json")));
        var flags = json.RootElement.GetProperty("flags").EnumerateArray().GroupBy(f => f.GetProperty("code").GetString()!).ToList();
        Assert.NotEmpty(flags);
        foreach (var kind in flags)
            Assert.Equal(kind.Count(), Convert.ToInt32(sheet.Cells[Row(sheet, kind.Key, from: Row(sheet, "异常（按类别）")), 3].Value));

        // The distribution of net pay counts every payslip once, in bands that follow each other.
        var bands = Row(sheet, "实发自（含）") + 1;
        var (counted, previousTo) = (0, (decimal?)null);
        for (var row = bands; sheet.Cells[row, 1].Value is not null; row++)
        {
            if (previousTo is { } to) Assert.Equal(to, Money(sheet, row, 1));
            previousTo = Money(sheet, row, 2);
            counted += Convert.ToInt32(sheet.Cells[row, 3].Value);
        }
        Assert.Equal(now.Count, counted);
    }

    [Fact]
    public void Run_ExampleMonth_SummaryChartsEmbeddedAsPngs()
    {
        var output = Run("2026-10");

        using var zip = ZipFile.OpenRead(Path.Combine(output, "payroll-2026-10.xlsx"));
        var sheetNames = SheetNames(zip);
        var summary = sheetNames.IndexOf("汇总 Summary") + 1;
        Assert.True(summary > 0, string.Join(", ", sheetNames));
        var rels = Text(zip, $"xl/worksheets/_rels/sheet{summary}.xml.rels");
        Assert.Contains($"../drawings/drawing{summary}.xml", rels);
        Assert.Contains("<drawing r:id=\"rId1\"/>", Text(zip, $"xl/worksheets/sheet{summary}.xml"));
        var drawing = Text(zip, $"xl/drawings/_rels/drawing{summary}.xml.rels");
        for (var i = 1; i <= 4; i++)
        {
            Assert.Contains($"../media/image{i}.png", drawing);
            using var png = zip.GetEntry($"xl/media/image{i}.png")!.Open();
            var head = new byte[8];
            png.ReadExactly(head);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, head);
        }
        Assert.Contains("image/png", Text(zip, "[Content_Types].xml"));
    }

    [Fact]
    public void Run_FirstMonthInDatabase_PreviousColumnsEmptyAndSaidSo()
    {
        var output = Run("2026-10");

        using var package = new ExcelPackage(new FileInfo(Path.Combine(output, "payroll-2026-10.xlsx")));
        var sheet = package.Workbook.Worksheets["汇总 Summary"];
        Assert.Equal("数据库中没有更早的已存月份，上月各列为空", sheet.Cells[3, 1].Value);
        Assert.Null(sheet.Cells[Row(sheet, "gross"), 5].Value);
        Assert.Equal(Sum(Payslips(output), p => p.GetProperty("gross").GetDecimal()), Money(sheet, Row(sheet, "gross"), 4));
    }

    [Fact]
    public void Run_InEnglish_SummarySheetInEnglish()
    {
        using var _ = UiCulture.Use("en");
        var output = Run("2026-10");

        using var package = new ExcelPackage(new FileInfo(Path.Combine(output, "payroll-2026-10.xlsx")));
        var sheet = package.Workbook.Worksheets["Summary"];
        Assert.NotNull(sheet);
        Assert.Equal("Payroll summary 2026-10", sheet.Cells[1, 1].Value);
        Assert.Equal("No earlier month is stored; the previous-month columns are empty", sheet.Cells[3, 1].Value);
        Assert.Equal("By line", sheet.Cells[5, 1].Value);
    }

    private string Run(string month)
    {
        var output = Path.Combine(_folder.Path, month);
        var errors = new StringWriter();
        var exit = new PayrollRunner(TextWriter.Null, errors, TimeProvider.System).Run(new RunRequest(
            NetPay.PlanPath, Period.Parse(month), ExampleMonthRuns.Example(month), _db.Path, output, Repo.Path("rules")));
        Assert.True(exit == PayrollRunner.Ok, errors.ToString());
        return output;
    }

    private static List<JsonElement> Payslips(string output)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "payslips.json")));
        return json.RootElement.GetProperty("payslips").EnumerateArray().Select(p => p.Clone()).ToList();
    }

    private static decimal Sum(IEnumerable<JsonElement> payslips, Func<JsonElement, decimal> value) => payslips.Sum(value);

    private static decimal LineSum(IEnumerable<JsonElement> payslips, string code) =>
        payslips.SelectMany(p => p.GetProperty("lines").EnumerateArray())
            .Where(l => l.GetProperty("code").GetString() == code).Sum(l => l.GetProperty("amount").GetDecimal());

    /// <summary>The first row at or below <paramref name="from"/> whose column A is <paramref name="text"/>.</summary>
    private static int Row(ExcelWorksheet sheet, string text, int from = 1)
    {
        for (var row = from; row <= sheet.Dimension.End.Row; row++)
            if (sheet.Cells[row, 1].Value as string == text) return row;
        throw new Xunit.Sdk.XunitException($"no row '{text}' in {sheet.Name}");
    }

    private static decimal Money(ExcelWorksheet sheet, int row, int column) => Convert.ToDecimal(sheet.Cells[row, column].Value);

    private static List<string> SheetNames(ZipArchive zip) =>
        System.Text.RegularExpressions.Regex.Matches(Text(zip, "xl/workbook.xml"), "<sheet name=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static string Text(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
