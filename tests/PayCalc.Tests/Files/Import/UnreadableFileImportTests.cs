using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>
/// A file that cannot be read safely (not a zip, empty, a zip bomb, a DTD, too many rows or columns) is one clear error,
/// reported before anything big is inflated, and an unreadable roster does not add "not in the roster" for every row.
/// </summary>
public class UnreadableFileImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);

    /// <summary>A valid generated folder of 30 agents (about 500 attendance, metrics and sales rows).</summary>
    private static void Generate(TempFolder dir, InputFormat format) =>
        new SyntheticInputGenerator().Generate(new GeneratorOptions
        {
            AgentCount = 30,
            Period = October,
            OutputDirectory = dir.Path,
            IsWorkingDay = BankCardCenterExample.October2026Calendar().IsWorkingDay,
            Format = format,
            Seed = 7,
        });

    private static void Roster(TempFolder dir, string name = "agents.xlsx") =>
        dir.Xlsx(name, "agents",
        [
            ["agent_id", "name", "team", "hire_date", "base_salary"],
            ["A001", "张三", "T1", new DateTime(2025, 3, 1), 5220],
            ["A002", "李四", "T1", new DateTime(2026, 10, 8), 5000],
        ]);

    private static void OtherFiles(TempFolder dir)
    {
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60", "A002,2026-10-09,09:00,18:00,60", "A001,2026-10-10,09:00,18:00,60"]);
        dir.Csv("metrics.csv", ["agent_id,period,calls_handled", "A001,2026-10,100", "A002,2026-10,100"]);
    }

    [Fact]
    public void CsvRenamedXlsx_Roster_IsOneError_WithoutNotInTheRosterFollowOns()
    {
        using var dir = new TempFolder();
        Generate(dir, InputFormat.Xlsx);
        File.WriteAllText(dir.File("agents.xlsx"), "agent_id,name,team,hire_date,base_salary\nA001,张三,T1,2025-03-01,5220\n");

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.xlsx", "", 0, ""), (e.File, e.Sheet, e.Row, e.Column));
        Assert.StartsWith("not an Excel .xlsx file (not a zip)", e.Message);
    }

    [Fact]
    public void UnreadableRoster_OtherFilesStillReportTheirOwnProblems()
    {
        using var dir = new TempFolder();
        File.WriteAllBytes(dir.File("agents.xlsx"), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60", "A002,2026-13-09,09:00,18:00,60"]);
        dir.Csv("metrics.csv", ["agent_id,period,calls_handled", "A001,2026-10,many"]);

        var result = new InputFolderReader().Read(dir.Path, October);

        Assert.Equal([("agents.xlsx", 0, ""), ("attendance.csv", 3, "date"), ("metrics.csv", 2, "calls_handled")],
            result.Errors.Select(e => (e.File, e.Row, e.Column)));
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("not in the roster"));
    }

    [Theory]
    [InlineData("agents.csv")]
    [InlineData("agents.xlsx")]
    [InlineData("attendance.csv")]
    public void EmptyFile_IsOneError(string name)
    {
        using var dir = new TempFolder();
        Roster(dir);
        OtherFiles(dir);
        if (name == "agents.csv") File.Delete(dir.File("agents.xlsx"));
        File.WriteAllBytes(dir.File(name), []);

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal((name, 0, ""), (e.File, e.Row, e.Column));
        Assert.Equal("the file is empty (0 bytes)", e.Message);
    }

    [Fact]
    public void ZipBomb_IsRefusedBeforeInflating()
    {
        using var dir = new TempFolder();
        Roster(dir);
        OtherFiles(dir);
        // 50 MB of repeated sheet XML compresses to well under 1 MB.
        using (var zip = ZipFile.Open(dir.File("agents.xlsx"), ZipArchiveMode.Update))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet9.xml", CompressionLevel.Optimal).Open();
            var row = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<row><c t=\"s\"><v>0</v></c></row>", 1000)));
            for (var written = 0L; written < 50L << 20; written += row.Length) s.Write(row);
        }
        Assert.True(new FileInfo(dir.File("agents.xlsx")).Length < 1 << 20);
        var options = new ImportOptions { MaxXlsxUncompressedBytes = 10L << 20 };

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = new InputFolderReader(options).Read(dir.Path, October);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.xlsx", 0), (e.File, e.Row));
        Assert.Contains("inflates to 52,", e.Message);
        Assert.Contains("more than the limit of 10,485,760", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(allocated < 20L << 20, $"allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("[Content_Types].xml")]
    public void XmlPartWithDtd_IsRefused(string part)
    {
        using var dir = new TempFolder();
        Roster(dir);
        OtherFiles(dir);
        using (var zip = ZipFile.Open(dir.File("agents.xlsx"), ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            var root = xml.IndexOf('<', xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) : 0);
            xml = xml[..root] + "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + xml[root..];
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(xml);
        }

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.xlsx", 0), (e.File, e.Row));
        Assert.Contains($"part {part} contains a DTD (<!DOCTYPE>)", e.Message);
    }

    [Fact]
    public void XlsxRows_OverTheLimit_AreRefusedFromTheDimension()
    {
        using var dir = new TempFolder();
        dir.Xlsx("agents.xlsx", "agents",
        [
            ["agent_id", "name", "team", "hire_date", "base_salary"],
            ["A001", "张三", "T1", "2025-03-01", 5220], ["A002", "李四", "T1", "2026-10-08", 5000],
            ["A003", "王五", "T1", "2025-03-01", 5220], ["A004", "赵六", "T1", "2025-03-01", 5220],
        ]);
        OtherFiles(dir);

        var result = new InputFolderReader(new ImportOptions { MaxRows = 3 }).Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.xlsx", "agents", 0), (e.File, e.Sheet, e.Row));
        Assert.Equal("the sheet has 4 data rows (A1:E5), more than the limit of 3", e.Message);
    }

    [Fact]
    public void CsvRows_OverTheLimit_StopTheFileWithOneErrorAtTheRow()
    {
        using var dir = new TempFolder();
        Roster(dir);
        OtherFiles(dir);
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60", "A002,2026-10-09,09:00,18:00,60",
            "A001,2026-10-10,09:00,18:00,60", "A001,2026-10-11,09:00,18:00,xx", "A001,2026-10-12,09:00,18:00,xx"]);

        var result = new InputFolderReader(new ImportOptions { MaxRows = 3 }).Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("attendance.csv", 5, ""), (e.File, e.Row, e.Column));
        Assert.Equal("the file has more than 3 data rows, the limit; reading stopped here", e.Message);
    }

    [Fact]
    public void Columns_OverTheLimit_AreOneErrorPerFile()
    {
        using var dir = new TempFolder();
        Roster(dir);
        OtherFiles(dir);

        var result = new InputFolderReader(new ImportOptions { MaxColumns = 4 }).Read(dir.Path, October);

        // The roster (.xlsx, 5 columns) and attendance (5 columns) are refused; metrics has 3.
        Assert.Equal([("agents.xlsx", "the sheet has 5 columns (A1:E3), more than the limit of 4"), ("attendance.csv", "the file has 5 columns, more than the limit of 4")],
            result.Errors.Select(e => (e.File, e.Message)));
    }

    [Fact]
    public void File_OverTheSizeLimit_IsRefusedUnread()
    {
        using var dir = new TempFolder();
        Roster(dir);
        OtherFiles(dir);
        var size = new FileInfo(dir.File("attendance.csv")).Length;

        var result = new InputFolderReader(new ImportOptions { MaxFileBytes = 100 }).Read(dir.Path, October);

        Assert.Contains(result.Errors, e => e.File == "attendance.csv" && e.Row == 0 && e.Message == $"the file is {size:N0} bytes, more than the limit of 100");
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("not in the roster"));
    }

    [Theory]
    [InlineData("agents.csv")]
    [InlineData("agents.xlsx")]
    public void Cell_LongerThanTheLimit_IsAnErrorAtItsCell_WithTheValueCut(string name)
    {
        using var dir = new TempFolder();
        OtherFiles(dir);
        var longName = new string('张', 150);
        if (name.EndsWith(".csv", StringComparison.Ordinal))
            dir.Csv(name, ["agent_id,name,team,hire_date,base_salary", "A001,张三,T1,2025-03-01,5220", $"A002,{longName},T1,2026-10-08,5000"]);
        else
            dir.Xlsx(name, "agents", [["agent_id", "name", "team", "hire_date", "base_salary"], ["A001", "张三", "T1", "2025-03-01", 5220], ["A002", longName, "T1", "2026-10-08", 5000]]);

        var result = new InputFolderReader(new ImportOptions { MaxCellChars = 100 }).Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal((name, 3, "name"), (e.File, e.Row, e.Column));
        Assert.Equal("cell is 150 characters long, more than the limit of 100", e.Message);
        Assert.Equal(new string('张', 50) + "…", e.Value);
        Assert.Equal(["A001"], result.Input.Agents.Select(a => a.AgentId));
    }

    [Fact]
    public void UnclosedQuote_SwallowingTheFile_IsOneErrorNotARecordInMemory()
    {
        using var dir = new TempFolder();
        Roster(dir);
        OtherFiles(dir);
        var rows = Enumerable.Range(0, 10_000).Select(_ => "A001,2026-10-09,09:00,18:00,60");
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A002,2026-10-09,09:00,18:00,60", "A001,\"2026-10-10,09:00,18:00,60", .. rows]);

        var result = new InputFolderReader(new ImportOptions { MaxColumns = 10, MaxCellChars = 100 }).Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("attendance.csv", ""), (e.File, e.Column));
        Assert.StartsWith("cannot read the file after row ", e.Message);
    }
}
