using PayCalc.Cli;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>
/// The period workflow's commands (run, approve, close, status, correct, preview) describe themselves and their options
/// in Chinese by default and in English with <c>--lang en</c>, and a missing required option is named in our words
/// (System.CommandLine 2.0.0 has only English for it), exit 1 before anything runs.
/// </summary>
public sealed class CommandHelpLanguageTests
{
    private static (int Code, string Output, string Errors) Cli(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var ui = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            var code = CliApp.Run(args, output, errors, s => s with { RulesDirectory = Repo.Path("rules") });
            return (code, output.ToString(), errors.ToString());
        }
        finally
        {
            // The command sets the UI language of this flow (--lang): the next test starts from the one before.
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }
    }

    [Theory]
    [InlineData("run", "导入一个月的文件，计算每张工资单", "Import a month's files, compute every payslip")]
    [InlineData("approve", "审批已计算的月份（已计算 → 已审批）", "Approve a calculated month (calculated -> approved)")]
    [InlineData("close", "关闭已审批的月份（已审批 → 已关账）", "Close an approved month (approved -> closed)")]
    [InlineData("status", "列出各月份及其状态", "List the months with their status")]
    [InlineData("correct", "用更正后的输入重算已关账月份", "Recompute a closed month from corrected inputs")]
    [InlineData("preview", "保存为坐席看到的预估", "store it as the preview agents see")]
    public void Help_DescribesTheCommand_InTheChosenLanguage(string command, string zh, string en)
    {
        var chinese = Cli(command, "--help");
        Assert.Equal(0, chinese.Code);
        Assert.StartsWith("说明：\n", chinese.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Description:", chinese.Output);
        Assert.Contains(zh, chinese.Output);
        Assert.Contains("SQLite 数据库文件（默认", chinese.Output);
        Assert.Contains("显示帮助和用法信息。", chinese.Output);
        Assert.DoesNotContain("SQLite database file", chinese.Output);
        Assert.DoesNotContain("(REQUIRED)", chinese.Output);

        var english = Cli(command, "--help", "--lang", "en");
        Assert.Equal(0, english.Code);
        Assert.StartsWith("Description:\n", english.Output.ReplaceLineEndings("\n"));
        Assert.Contains(en, english.Output);
        Assert.Contains("SQLite database file (default", english.Output);
        Assert.DoesNotContain("数据库文件", english.Output);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("correct")]
    [InlineData("preview")]
    public void Help_MarksTheRequiredOptions(string command)
    {
        Assert.Matches(@"--input <input>\s+（必填）\S", Cli(command, "--help").Output);
        Assert.Matches(@"--period <period>\s+\(required\) \S", Cli(command, "--help", "--lang", "en").Output);
    }

    [Theory]
    [InlineData("run", "--input")]
    [InlineData("preview", "--input")]
    [InlineData("correct", "--input")]
    [InlineData("approve", "--period")]
    [InlineData("close", "--period")]
    public void MissingRequiredOption_IsNamed_InTheChosenLanguage_Exit1(string command, string missing)
    {
        string[] given = missing == "--input" ? [command, "--period", "2026-10"] : [command];
        var zh = Cli(given);
        Assert.Equal(1, zh.Code);
        Assert.Contains($"缺少必填选项 '{missing}'。", zh.Errors);
        // The help shown after the error has our heading too.
        Assert.Contains("说明：", zh.Output);
        Assert.DoesNotContain("Description:", zh.Output);
        Assert.DoesNotContain("is required", zh.Errors);

        var en = Cli([.. given, "--lang", "en"]);
        Assert.Equal(1, en.Code);
        Assert.Contains($"Option '{missing}' is required.", en.Errors);
    }

    /// <summary>The phases a run times, as it goes (stderr) and in its summary, in the chosen language.</summary>
    [Theory]
    [InlineData("zh", "  加载规则 ... ", "各阶段用时：加载规则 ", "计算 45 张工资单 ")]
    [InlineData("en", "  load rules ... ", "time per phase: load rules ", "compute 45 payslips ")]
    public void Run_NamesItsPhases_InTheChosenLanguage(string lang, string progress, string summary, string compute)
    {
        using var folder = new TempFolder();
        var (code, output, errors) = Cli("run", "--period", "2026-10", "--input", Repo.Path("examples", "bank-card-center", "2026-10"),
            "--plan", Repo.Path("rules", "plans", "bank-card-center.yaml"), "--db", folder.File("p.db"), "--out", folder.File("out"), "--lang", lang);
        Assert.Equal(0, code);
        Assert.Contains(progress, errors);
        Assert.Contains(summary, output);
        Assert.Contains(compute, output);
    }
}
