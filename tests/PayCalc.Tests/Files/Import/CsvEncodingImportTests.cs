using System.Text;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Import;

/// <summary>CSV text encodings (Excel on Chinese Windows saves GBK/GB18030) and separators.</summary>
public class CsvEncodingImportTests
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private static readonly Period October = new(2026, 10);

    private static readonly Encoding Gb18030 = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    /// <summary>A valid attendance and metrics file for agents A001 and A002.</summary>
    private static void OtherFiles(TempFolder dir)
    {
        dir.Csv("attendance.csv", ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60", "A002,2026-10-09,09:00,18:00,60"]);
        dir.Csv("metrics.csv", ["agent_id,period,calls_handled", "A001,2026-10,100", "A002,2026-10,100"]);
    }

    private static void WriteGbk(TempFolder dir, string name, params string[] lines) =>
        File.WriteAllBytes(dir.File(name), Gb18030.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    [Theory]
    [InlineData("agent_id,name,team,hire_date,base_salary")]
    [InlineData("工号,姓名,组别,入职日期,基本工资")]
    public void GbkRoster_IsReadAsGb18030_WithExactTeamNamesAndAWarning(string header)
    {
        using var dir = new TempFolder();
        WriteGbk(dir, "agents.csv", header, "A001,张三,信用卡一组,2025-03-01,5220", "A002,李四,信用卡二组,2026-10-08,5000");
        OtherFiles(dir);

        var result = new InputFolderReader().Read(dir.Path, October);

        Assert.Empty(result.Errors);
        Assert.Equal([("A001", "张三", "信用卡一组"), ("A002", "李四", "信用卡二组")],
            result.Input.Agents.Select(a => (a.AgentId, a.Name, a.Team)));
        var warning = Assert.Single(result.Input.Warnings);
        Assert.StartsWith("agents.csv is not UTF-8; read as GB18030", warning);
    }

    [Fact]
    public void Utf8Roster_WithoutBom_IsReadWithoutWarning()
    {
        using var dir = new TempFolder();
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary", "A001,张三,信用卡一组,2025-03-01,5220", "A002,李四,信用卡二组,2026-10-08,5000"]);
        OtherFiles(dir);

        var result = new InputFolderReader().Read(dir.Path, October);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Input.Warnings);
        Assert.Equal(["信用卡一组", "信用卡二组"], result.Input.Agents.Select(a => a.Team));
    }

    [Fact]
    public void GbkRoster_ForcedUtf8_IsOneFileErrorSuggestingGb18030()
    {
        using var dir = new TempFolder();
        WriteGbk(dir, "agents.csv", "agent_id,name,team,hire_date,base_salary", "A001,张三,信用卡一组,2025-03-01,5220", "A002,李四,信用卡二组,2026-10-08,5000");
        OtherFiles(dir);

        var result = new InputFolderReader(new ImportOptions { CsvEncoding = Encoding.UTF8 }).Read(dir.Path, October);

        // One error: the other files' rows do not each add "not in the roster".
        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.csv", "", 0, ""), (e.File, e.Sheet, e.Row, e.Column));
        Assert.Contains("not UTF-8 (first invalid byte on line 2)", e.Message);
        Assert.Contains("--encoding gb18030", e.Message);
        Assert.Empty(result.Input.Agents);
    }

    [Fact]
    public void GbkFile_ForcedGb18030_IsReadWithoutWarning()
    {
        using var dir = new TempFolder();
        WriteGbk(dir, "agents.csv", "工号,姓名,组别,入职日期,基本工资", "A001,张三,信用卡一组,2025-03-01,5220", "A002,李四,信用卡二组,2026-10-08,5000");
        OtherFiles(dir);

        var result = new InputFolderReader(new ImportOptions { CsvEncoding = Gb18030 }).Read(dir.Path, October);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Input.Warnings);
        Assert.Equal(["信用卡一组", "信用卡二组"], result.Input.Agents.Select(a => a.Team));
    }

    [Fact]
    public void ReplacementCharacter_InACell_IsAnErrorAtItsCell_AndNeverImported()
    {
        using var dir = new TempFolder();
        dir.Csv("agents.csv", ["agent_id,name,team,hire_date,base_salary", "A001,张三,信用卡\uFFFD\uFFFD组,2025-03-01,5220", "A002,李四,信用卡二组,2026-10-08,5000"]);
        OtherFiles(dir);

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.csv", 2, "team", "信用卡\uFFFD\uFFFD组"), (e.File, e.Row, e.Column, e.Value));
        Assert.Contains("U+FFFD", e.Message);
        Assert.DoesNotContain(result.Input.Agents, a => a.Team.Contains('\uFFFD') || a.AgentId == "A001");
        Assert.Throws<InputRejectedException>(() => result.GetValidInput());
    }

    [Fact]
    public void InvalidGb18030Bytes_BecomeACellError_NotAReplacementCharacterInTheData()
    {
        using var dir = new TempFolder();
        // 0x81 0x20 is not a GB18030 sequence: the decoder substitutes U+FFFD, which must not reach the roster.
        var bytes = Gb18030.GetBytes("agent_id,name,team,hire_date,base_salary\r\nA001,张三,一组")
            .Concat(new byte[] { 0x81, 0x20 })
            .Concat(Gb18030.GetBytes(",2025-03-01,5220\r\nA002,李四,二组,2026-10-08,5000\r\n")).ToArray();
        File.WriteAllBytes(dir.File("agents.csv"), bytes);
        OtherFiles(dir);

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.csv", 2, "team"), (e.File, e.Row, e.Column));
        Assert.Contains("U+FFFD", e.Message);
        Assert.Equal(["二组"], result.Input.Agents.Select(a => a.Team));
    }

    [Theory]
    [InlineData(";", "';'")]
    [InlineData("\t", "tabs")]
    public void OtherSeparator_IsOneErrorNamingIt_NotMissingColumns(string separator, string named)
    {
        using var dir = new TempFolder();
        dir.Csv("agents.csv", [string.Join(separator, "agent_id", "name", "team", "hire_date", "base_salary"),
            string.Join(separator, "A001", "张三", "T1", "2025-03-01", "5220,50")]);
        OtherFiles(dir);

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.csv", 1, ""), (e.File, e.Row, e.Column));
        Assert.Equal($"the file is separated by {named}, not commas - save it as CSV with commas (逗号分隔)", e.Message);
    }

    /// <summary>
    /// The UTF-8 check reads 1 MiB chunks: a character whose bytes straddle a chunk's end (its lead byte at
    /// <paramref name="leadByteOffset"/>) must not make a valid file look like GBK.
    /// </summary>
    [Theory]
    [InlineData(1_048_573)]
    [InlineData(1_048_574)]
    [InlineData(1_048_575)]
    public void Utf8Check_CharacterAcrossTheChunkEnd_IsStillUtf8(int leadByteOffset)
    {
        using var dir = new TempFolder();
        var text = new StringBuilder("agent_id,name,team,hire_date,base_salary\n");
        var n = 0;
        while (text.Length + 2 * 28 + 7 < leadByteOffset) text.Append($"B{++n:D5},N,T1,2025-03-01,5220\n");
        text.Append("A001,").Append('x', leadByteOffset - text.Length).Append("张三,T1,2025-03-01,5220\nA002,李四,T1,2026-10-08,5000\n");
        File.WriteAllText(dir.File("agents.csv"), text.ToString(), new UTF8Encoding(false));
        Assert.Equal(0xE5, File.ReadAllBytes(dir.File("agents.csv"))[leadByteOffset]); // 张 = E5 BC A0
        OtherFiles(dir);

        var result = new InputFolderReader().Read(dir.Path, October);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Input.Warnings);
        Assert.EndsWith("张三", result.Input.Agents.Single(a => a.AgentId == "A001").Name);
    }

    [Fact]
    public void ReplacementCharacter_InTheHeader_IsOneFileError()
    {
        using var dir = new TempFolder();
        dir.Csv("agents.csv", ["工号,姓名,\uFFFD\uFFFD,入职日期,基本工资", "A001,张三,一组,2025-03-01,5220"]);
        OtherFiles(dir);

        var result = new InputFolderReader().Read(dir.Path, October);

        var e = Assert.Single(result.Errors);
        Assert.Equal(("agents.csv", 1, ""), (e.File, e.Row, e.Column));
        Assert.StartsWith("the header '\uFFFD\uFFFD' contains U+FFFD", e.Message);
    }
}
