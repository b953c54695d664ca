using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PayCalc.Application;
using PayCalc.Cli;
using PayCalc.Domain;
using PayCalc.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>
/// Issue 14's "done when": <c>paycalc run</c> on a broken input prints its errors in Chinese by default and in English
/// with <c>--lang en</c>, for every kind of error a run can meet - one broken input per kind, the same input in both
/// languages, a phrase distinctive of each language asserted present and the other language's phrase absent.
/// </summary>
public sealed class RunErrorLanguageTests : GeneratedOctober
{
    /// <summary>One kind of error: what breaks the input (or the command line), the exit code, and a phrase of each language.</summary>
    private sealed record Case(Action<RunErrorLanguageTests> Break, string[] Args, int Exit, string Chinese, string English);

    private static Case C(Action<RunErrorLanguageTests> b, string zh, string en, int exit = 2, params string[] args) => new(b, args, exit, zh, en);

    private static readonly Action<RunErrorLanguageTests> Nothing = _ => { };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Files and folders
        ["missing folder"] = C(t => Directory.Delete(t.Input, recursive: true), "输入文件夹不存在", "input folder does not exist"),
        ["missing file"] = C(t => File.Delete(t.InputFile("attendance.csv")), "缺少必需的文件 attendance", "missing required file attendance"),
        ["two files for a kind"] = C(t => File.Copy(t.InputFile("sales.csv"), t.InputFile("sales.xlsx")), "有两个文件", "two files for sales"),
        ["empty file"] = C(t => File.WriteAllBytes(t.InputFile("attendance.csv"), []), "文件是空的（0 字节）", "the file is empty (0 bytes)"),
        ["csv renamed xlsx"] = C(t => File.Move(t.InputFile("agents.csv"), t.InputFile("agents.xlsx")), "不是 Excel .xlsx 文件（不是 zip）", "not an Excel .xlsx file (not a zip)"),
        ["semicolons"] = C(t => t.Rewrite("agents.csv", l => l.Replace(',', ';')), "文件用 ';' 分隔", "the file is separated by ';'"),
        ["not utf-8 with --encoding utf-8"] = C(t => t.ToGb18030("agents.csv"), "文件不是 UTF-8 编码", "the file is not UTF-8", 2, "--encoding", "utf-8"),
        ["not utf-8, read as GB18030 (warning)"] = C(t => t.ToGb18030("agents.csv"), "已按 GB18030 读取", "read as GB18030", 0),
        // Columns
        ["missing column"] = C(t => t.SetRow("agents.csv", 1, c => c.Select(h => h == "base_salary" ? "salary" : h)), "缺少必需的列 base_salary", "missing required column base_salary"),
        ["column twice"] = C(t => t.SetRow("agents.csv", 1, c => c.Select(h => h == "team" ? "name" : h)), "列 name 出现了两次", "column name appears twice"),
        ["unknown column (warning)"] = C(t => t.AddColumn("sales.csv", "remark", "x", "x"), "未知的列，已忽略", "unknown column ignored", 0),
        // Values
        ["blank"] = C(t => t.SetCell("agents.csv", 2, 1, ""), "必填值为空", "required value is blank"),
        ["date"] = C(t => t.SetCell("agents.csv", 2, 3, "2026-13-01"), "不是日期（应为 yyyy-MM-dd 或 Excel 日期）", "not a date (expected yyyy-MM-dd or an Excel date)"),
        ["time"] = C(t => t.SetCell("attendance.csv", 2, 3, "25:00"), "不是时间（应为 HH:mm）", "not a time (expected HH:mm)"),
        ["number"] = C(t => t.SetCell("agents.csv", 2, 6, "五千"), "不是数字", "not a number"),
        ["yes/no"] = C(t => t.AddColumn("agents.csv", "first_income_of_year", "maybe", "no"), "必须填 是 或 否", "must be yes or no"),
        ["leave type"] = C(t => t.AddLeave("婚假", "8"), "未知的假别", "unknown leave type"),
        ["leave hours"] = C(t => t.AddLeave("personal", "30"), "请假小时数必须大于 0 且不超过 24", "leave hours must be more than 0 and at most 24"),
        ["break minutes"] = C(t => t.SetCell("attendance.csv", 2, 5, "半小时"), "不是整数分钟", "not a whole number of minutes"),
        ["amount above the limit"] = C(t => t.SetCell("sales.csv", 2, 3, "1000000000000000"), "超过允许的最大金额", "above the largest accepted amount"),
        ["control character"] = C(t => t.SetCell("agents.csv", 2, 1, "张\u0001三"), "含有控制字符 U+0001", "contains the control character U+0001"),
        ["metric out of range"] = C(t => t.SetCell("metrics.csv", 2, 4, "120"), "qa_score 必须是质检分（0 到 100）", "qa_score must be a QA score (0 to 100)"),
        // Rows
        ["duplicate agent"] = C(t => t.CopyRow("agents.csv", 2), "工号重复（首次出现在第 2 行）", "duplicate agent id (first in row 2)"),
        ["duplicate deal"] = C(t => t.CopyRow("sales.csv", 2), "单号重复（首次出现在第 2 行）", "duplicate deal id (first in row 2)"),
        ["duplicate metrics"] = C(t => t.CopyRow("metrics.csv", 2), "的指标行重复（首次出现在第 2 行）", "duplicate metrics row for agent"),
        ["agent not in roster"] = C(t => t.SetCell("attendance.csv", 2, 0, "X999"), "工号 X999 不在花名册", "agent X999 is not in the roster"),
        ["not employed"] = C(t => t.SetCell("agents.csv", 2, 3, "2026-10-31"), "不在职（2026-10-31 入职）", "is not employed on"),
        ["date out of period"] = C(t => t.SetCell("attendance.csv", 2, 1, "2026-11-02"), "日期不在计薪月份 2026-10 内", "date is outside the period 2026-10"),
        ["booked out of period"] = C(t => t.SetCell("sales.csv", 2, 2, "2026-08-03"), "成交日期不在计薪月份 2026-10 内", "booked date is outside the period 2026-10"),
        ["metrics of another month"] = C(t => t.SetCell("metrics.csv", 2, 1, "2026-09"), "月份 2026-09 与 --period 2026-10 不一致", "period 2026-09 does not match --period 2026-10"),
        ["shift over 16 h"] = C(t => t.SetRow("attendance.csv", 2, c => c.Take(3).Concat(["08:00", "02:00"]).Concat(c.Skip(5))), "班次超过 16 小时", "shift is longer than 16 h"),
        ["overlapping shifts"] = C(t => t.AddShiftOverlappingRow2(), "时间重叠", "shift overlaps the shift in row 2"),
        ["day over 24 h"] = C(t => t.AddLeave("personal", "24"), "超过一天的 24 小时", "is more than the 24 h of a day"),
        // The command line, the rules and the database
        ["unknown option"] = C(Nothing, "未识别命令或参数", "Unrecognized command or argument", 1, "--bogus"),
        ["bad period"] = C(Nothing, "--period 必须是 yyyy-MM 格式", "--period must be yyyy-MM", 2, "--period", "2026-13"),
        ["bad encoding"] = C(Nothing, "不是 PayCalc 认识的编码", "is not an encoding PayCalc knows", 1, "--encoding", "klingon"),
        ["missing plan"] = C(Nothing, "找不到方案文件", "plan file not found", 1, "--plan", "nope.yaml"),
        ["database not PayCalc's"] = C(t => File.WriteAllText(t.Db.Path, "not a database"), "不是 PayCalc 数据库（不是 SQLite 文件）", "is not a PayCalc database (not an SQLite file)", 1),
        ["output folder is a file"] = C(t => File.WriteAllText(t.Dir.File("out"), "x"), "无法写入输出", "cannot write the outputs", 1),
    };

    public static TheoryData<string> Kinds() => new(Cases.Keys);

    /// <summary>Runs <c>paycalc run</c> in-process (rules from the repository); exit code and everything printed.</summary>
    private (int Exit, string Printed) Paycalc(string[] extra, string? lang, Func<PayCalcSettings, PayCalcSettings>? adjust = null)
    {
        var args = new List<string> { "run" };
        // An option is given once: the case's own value replaces the default one.
        foreach (var (option, value) in new[] { ("--period", "2026-10"), ("--input", Input), ("--db", Db.Path), ("--out", Dir.File("out")), ("--plan", NetPay.PlanPath) })
            if (!extra.Contains(option)) args.AddRange([option, value]);
        args.AddRange(extra);
        if (lang is not null) args.AddRange(["--lang", lang]);
        var output = new StringWriter();
        var errors = new StringWriter();
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            var exit = CliApp.Run([.. args], output, errors,
                s => (adjust ?? (x => x))(s with { RulesDirectory = Repo.Path("rules") }));
            return (exit, output + errors.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static void AssertLanguage((int Exit, string Printed) result, int exit, string expected, string other)
    {
        Assert.True(result.Printed.Contains(expected, StringComparison.Ordinal), $"'{expected}' not in:\n{result.Printed}");
        Assert.False(result.Printed.Contains(other, StringComparison.Ordinal), $"'{other}' in:\n{result.Printed}");
        Assert.DoesNotContain("   at ", result.Printed);
        Assert.True(result.Exit == exit, $"exit {result.Exit}:\n{result.Printed}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_BrokenInput_PrintsChineseByDefault_AndEnglishWithLangEn(string kind)
    {
        var c = Cases[kind];
        c.Break(this);
        AssertLanguage(Paycalc(c.Args, lang: null), c.Exit, c.Chinese, c.English);
        if (c.Exit == 0) Reset();
        AssertLanguage(Paycalc(c.Args, lang: "en"), c.Exit, c.English, c.Chinese);
        // zh given explicitly is the default.
        if (c.Exit == 0) Reset();
        AssertLanguage(Paycalc(c.Args, lang: "zh"), c.Exit, c.Chinese, c.English);
    }

    /// <summary>After a run that succeeded: a fresh database and output folder, so the same input runs again the same way.</summary>
    private void Reset()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(Db.Path + suffix)) File.Delete(Db.Path + suffix);
        if (Directory.Exists(Dir.File("out"))) Directory.Delete(Dir.File("out"), recursive: true);
    }

    [Fact]
    public void EveryKind_HasDistinctPhrasesInEachLanguage()
    {
        foreach (var (kind, c) in Cases)
        {
            Assert.False(c.English.Contains(c.Chinese, StringComparison.Ordinal), kind);
            Assert.True(c.Chinese.Any(ch => ch >= '\u4e00' && ch <= '\u9fff'), $"{kind}: the Chinese phrase has no Chinese character");
        }
    }

    [Fact]
    public void Run_LockedDatabase_SaysBusyInEachLanguage()
    {
        _ = new PayrollStore(Db.Path, TimeProvider.System);
        using var holder = new SqliteConnection($"Data Source={Db.Path};Pooling=False");
        holder.Open();
        using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.ExecuteNonQuery();
        Func<PayCalcSettings, PayCalcSettings> oneSecond = s => s with { BusyTimeoutSeconds = 1 };
        AssertLanguage(Paycalc([], null, oneSecond), 1, "数据库忙", "database busy");
        AssertLanguage(Paycalc([], "en", oneSecond), 1, "database busy", "数据库忙");
    }

    [Fact]
    public void Run_ClosedMonth_IsRefusedInEachLanguage()
    {
        var example = Repo.Path("examples", "bank-card-center", "2026-10");
        var quiet = new StringWriter();
        Assert.Equal(0, new PayrollRunner(quiet, quiet, TimeProvider.System).Run(new RunRequest(Repo.Path("rules", "plans", "bank-card-center.yaml"),
            October, example, Db.Path, Dir.File("first"), Repo.Path("rules"))));
        var workflow = new PeriodWorkflow(quiet, quiet, TimeProvider.System);
        Assert.Equal(0, workflow.Step(Db.Path, October, PeriodAction.Approve, "hr.zhao", null));
        Assert.Equal(0, workflow.Step(Db.Path, October, PeriodAction.Close, "finance.wang", null));

        string[] args = ["--input", example, "--plan", Repo.Path("rules", "plans", "bank-card-center.yaml")];
        AssertLanguage(Paycalc(args, null), 1, "2026-10 已关账；已关账的月份不能重新运行", "is closed");
        AssertLanguage(Paycalc(args, "en"), 1, "Period 2026-10 is closed; a closed month cannot be rerun", "已关账");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    public void BadLang_IsOneClearLine(string value)
    {
        var (exit, printed) = Paycalc([], value);
        Assert.Equal(1, exit);
        Assert.Equal($"paycalc: --lang '{value}' 不是可用的语言：请用 zh（中文）或 en（English）。", printed.Trim());
    }

    [Fact]
    public void Culture_Setting_ChoosesTheLanguage_AndLangOverridesIt()
    {
        File.Delete(InputFile("attendance.csv"));
        AssertLanguage(Paycalc([], null, s => s with { Culture = "en-US" }), 2, "missing required file attendance", "缺少必需的文件");
        AssertLanguage(Paycalc([], "zh", s => s with { Culture = "en-US" }), 2, "缺少必需的文件 attendance", "missing required file");
    }

    /// <summary>Settings that cannot be read: the real program in a process of its own (the settings come from its
    /// environment), in Chinese by default and in English with <c>--lang en</c>.</summary>
    [Theory]
    [InlineData("PAYCALC_COMPUTEBUDGETMINUTES", "many", "无法读取设置", "the settings cannot be read")]
    [InlineData("PAYCALC_COMPUTEBUDGETMINUTES", "-1", "设置 ComputeBudgetMinutes 必须大于 0", "setting ComputeBudgetMinutes must be positive")]
    public void BadSettings_AreOneLineInEachLanguage(string variable, string value, string zh, string en)
    {
        AssertLanguage(Process([], variable, value), 1, zh, en);
        AssertLanguage(Process(["--lang", "en"], variable, value), 1, en, zh);
    }

    private (int Exit, string Printed) Process(string[] extra, string variable, string value)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Repo.Path(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "paycalc.dll"));
        foreach (var a in (string[])["run", "--period", "2026-10", "--input", Input, "--db", Db.Path, "--out", Dir.File("out"), .. extra])
            start.ArgumentList.Add(a);
        start.Environment[variable] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "paycalc did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    // Ways to break the generated input.

    private void Rewrite(string file, Func<string, string> change) =>
        File.WriteAllLines(InputFile(file), File.ReadAllLines(InputFile(file)).Select(change));

    /// <summary>Replaces line <paramref name="row"/> (1 = header) of an input CSV, cell by cell.</summary>
    private void SetRow(string file, int row, Func<string[], IEnumerable<string>> change)
    {
        var lines = File.ReadAllLines(InputFile(file));
        lines[row - 1] = string.Join(',', change(lines[row - 1].Split(',')));
        File.WriteAllLines(InputFile(file), lines);
    }

    private void SetCell(string file, int row, int column, string value) =>
        SetRow(file, row, c => c.Select((v, i) => i == column ? value : v));

    private void CopyRow(string file, int row) => File.AppendAllLines(InputFile(file), [File.ReadAllLines(InputFile(file))[row - 1]]);

    private void AddColumn(string file, string header, string row2, string others)
    {
        var lines = File.ReadAllLines(InputFile(file));
        for (var i = 0; i < lines.Length; i++) lines[i] += "," + (i == 0 ? header : i == 1 ? row2 : others);
        File.WriteAllLines(InputFile(file), lines);
    }

    /// <summary>A leave row on the day of the first shift, of the agent of that shift.</summary>
    private void AddLeave(string type, string hours)
    {
        var first = File.ReadAllLines(InputFile("attendance.csv"))[1].Split(',');
        File.AppendAllLines(InputFile("attendance.csv"), [$"{first[0]},{first[1]},,,,,{type},{hours}"]);
    }

    private void AddShiftOverlappingRow2()
    {
        var first = File.ReadAllLines(InputFile("attendance.csv"))[1].Split(',');
        File.AppendAllLines(InputFile("attendance.csv"), [$"{first[0]},{first[1]},加班,{first[4][..2]}:00,23:00,0,,"]);
    }

    private void ToGb18030(string file)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(InputFile(file));
        Assert.Contains(text, ch => ch > '\u007f');
        File.WriteAllBytes(InputFile(file), Encoding.GetEncoding("gb18030").GetBytes(text));
    }
}
