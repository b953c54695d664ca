using System.Text;
using OfficeOpenXml;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;

namespace PayCalc.Tests.Files.Export;

public sealed class PayrollWorkbookWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private WorkbookReport Write(PayrollResult result, WorkbookOptions? options = null) =>
        new PayrollWorkbookWriter().Write(result, _folder.Path, options);

    private static ExcelPackage Open(WorkbookReport report) => new(new FileInfo(report.WorkbookPath));

    private static object? Cell(ExcelWorksheet sheet, int row, int column) => sheet.Cells[row, column].Value;

    [Fact]
    public void Write_ToFolder_WritesPeriodFileWithFiveSheets()
    {
        var report = Write(PayrollSamples.TwoAgents());

        Assert.Equal(_folder.File("payroll-2026-10.xlsx"), report.WorkbookPath);
        Assert.Equal(["工资表 Register", "明细 Lines", "工资条 Strips", "异常 Exceptions", "依据 Sources"], report.SheetNames);
        Assert.Empty(report.ExtraFiles);
        Assert.Empty(report.Notes);
        using var package = Open(report);
        Assert.Equal(report.SheetNames, package.Workbook.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void Write_ToXlsxPath_WritesThatFile()
    {
        var path = _folder.File("custom.xlsx");

        var report = new PayrollWorkbookWriter().Write(PayrollSamples.TwoAgents(), path);

        Assert.Equal(path, report.WorkbookPath);
        Assert.True(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Write_Register_HeadersInPlanOrderThenGrossNet()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        var headers = Enumerable.Range(1, 11).Select(c => Cell(sheet, 1, c) as string);

        Assert.Equal(
            ["工号\nagent_id", "姓名\nname", "组别\nteam", "基本工资\nbase_pay", "加班费\novertime_pay", "出勤小时\nworked_hours",
             "养老保险\npension", "单位养老\nemployer_pension", "应发\ngross", "实发\nnet", "单位成本\nemployer_cost"],
            headers);
        Assert.Null(Cell(sheet, 1, 12));
    }

    [Fact]
    public void Write_Register_OneRowPerAgentSortedWithAmounts()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        Assert.Equal(["A001", "张三", "T1"], Enumerable.Range(1, 3).Select(c => Cell(sheet, 2, c)));
        Assert.Equal([5220.0, 120.0, 150.5, -417.6, 835.2, 5340.0, 4922.4, 6175.2], Enumerable.Range(4, 8).Select(c => Cell(sheet, 2, c)));
        Assert.Equal("A002", Cell(sheet, 3, 1));
        Assert.Equal(0.0, Cell(sheet, 3, 5));
        Assert.Equal(3000.5, Cell(sheet, 3, 9));
        Assert.Equal("#,##0.00", sheet.Cells[2, 4].Style.Numberformat.Format);
    }

    [Fact]
    public void Write_Register_TotalsRowSumsMoneyColumnsNotInfo()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        Assert.Equal("合计 Total", Cell(sheet, 4, 1));
        Assert.True(sheet.Cells[4, 1].Style.Font.Bold);
        for (var column = 4; column <= 11; column++)
        {
            if (column == 6)
            {
                Assert.Null(Cell(sheet, 4, column)); // worked hours: info, not totalled
                continue;
            }
            var sum = Convert.ToDecimal(Cell(sheet, 2, column)) + Convert.ToDecimal(Cell(sheet, 3, column));
            Assert.Equal(sum, Convert.ToDecimal(Cell(sheet, 4, column)));
            Assert.True(sheet.Cells[4, column].Style.Font.Bold);
        }
        Assert.Equal(8220.5, Cell(sheet, 4, 4));
        Assert.Equal(7682.86, Cell(sheet, 4, 10)); // net 4922.40 + 2760.46 (3000.50 - 240.04)
        Assert.Null(Cell(sheet, 5, 1));
    }

    [Fact]
    public void Write_Register_HeaderRowAndAgentColumnsFrozen()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var pane = package.Workbook.Worksheets[0].WorksheetXml.GetElementsByTagName("pane")[0]!;

        Assert.Equal("3", pane.Attributes!["xSplit"]!.Value);
        Assert.Equal("1", pane.Attributes["ySplit"]!.Value);
        Assert.Equal("frozen", pane.Attributes["state"]!.Value);
        Assert.Equal("D2", pane.Attributes["topLeftCell"]!.Value);
    }

    [Fact]
    public void Write_Register_FixedColumnWidths()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        Assert.Equal(12, sheet.Column(1).Width, 3);
        Assert.Equal(14, sheet.Column(2).Width, 3);
        Assert.Equal(13, sheet.Column(9).Width, 3);
    }

    [Fact]
    public void Write_Lines_OneRowPerShownLineWithFormulaAndExplain()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[1];

        Assert.Equal(
            ["工号 agent_id", "姓名 name", "组别 team", "代码 code", "项目 item", "类别 category", "金额 amount", "公式 formula", "说明 explain"],
            Enumerable.Range(1, 9).Select(c => Cell(sheet, 1, c)));
        Assert.Equal(
            ["A001", "张三", "T1", "base_pay", "基本工资", "earning", 5220.0, "base_pay_formula", "5220 × (0.8×0 + 18) / 18"],
            Enumerable.Range(1, 9).Select(c => Cell(sheet, 2, c)));
        // A001 has 5 lines; A002 has 4 (zero overtime omitted, zero hours kept as info).
        Assert.Equal(["base_pay", "worked_hours", "pension", "employer_pension"], Enumerable.Range(7, 4).Select(r => Cell(sheet, r, 4)));
        Assert.Equal(0.0, Cell(sheet, 8, 7));
        Assert.Null(Cell(sheet, 11, 1));
        Assert.Equal(10, sheet.Dimension.End.Row);
    }

    [Fact]
    public void Write_Strips_HeaderRowAgentRowBlankRowPerAgent()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[2];

        Assert.Equal("工号\nagent_id", Cell(sheet, 1, 1));
        Assert.Equal("实发\nnet", Cell(sheet, 1, 10));
        Assert.Equal("A001", Cell(sheet, 2, 1));
        Assert.Equal(4922.4, Cell(sheet, 2, 10));
        Assert.Null(Cell(sheet, 3, 1));
        Assert.Equal("工号\nagent_id", Cell(sheet, 4, 1));
        Assert.Equal("A002", Cell(sheet, 5, 1));
        Assert.Equal(5, sheet.Dimension.End.Row);
        Assert.True(sheet.Cells[1, 1].Style.Font.Bold);
    }

    [Fact]
    public void Write_Exceptions_OneRowPerFlagWithAgentName()
    {
        var flags = new[]
        {
            new PayrollFlag("A002", "missing_metrics", "缺少 2026-10 的指标"),
            new PayrollFlag("X999", "not_in_roster", "工号不在花名册", FlagSeverity.Blocking),
        };

        using var package = Open(Write(PayrollSamples.TwoAgents(flags)));
        var sheet = package.Workbook.Worksheets[3];

        Assert.Equal(["工号 agent_id", "姓名 name", "代码 code", "说明 message", "级别 severity", "确认 acknowledgement"], Enumerable.Range(1, 6).Select(c => Cell(sheet, 1, c)));
        Assert.Equal(["A002", "李四", "missing_metrics", "缺少 2026-10 的指标", "warning"], Enumerable.Range(1, 5).Select(c => Cell(sheet, 2, c)));
        Assert.Null(Cell(sheet, 2, 6));
        Assert.Equal("X999", Cell(sheet, 3, 1));
        Assert.Null(Cell(sheet, 3, 2));
        Assert.Equal("blocking", Cell(sheet, 3, 5));
        Assert.Equal("needed before approval: approve --acknowledge not_in_roster:X999 --reason ...", Cell(sheet, 3, 6));
        Assert.Equal(3, sheet.Dimension.End.Row);
    }

    [Fact]
    public void Write_FormulaLikeName_StoredAsTextNotFormula()
    {
        const string evil = "=HYPERLINK(\"http://x\",\"click\")";
        var result = PayrollSamples.TwoAgents() with
        {
            Payslips = [PayrollSamples.Payslip("A001", evil, "+T1", PayrollSamples.Line(PayrollSamples.BasePay, 100m, "-1+1"))],
        };

        using var package = Open(Write(result));

        foreach (var (sheetIndex, row, column, text) in new[] { (0, 2, 2, evil), (0, 2, 3, "+T1"), (1, 2, 2, evil), (1, 2, 9, "-1+1"), (2, 2, 2, evil) })
        {
            var cell = package.Workbook.Worksheets[sheetIndex].Cells[row, column];
            Assert.Equal(text, cell.Value);
            Assert.Equal("", cell.Formula);
        }
    }

    [Fact]
    public void Write_ControlCharacterInName_ReplacedAndWorkbookReadable()
    {
        var result = PayrollSamples.TwoAgents() with { Payslips = [PayrollSamples.Payslip("A001", "张\u0001三 <&>", "T1")] };

        using var package = Open(Write(result));

        Assert.Equal("张\uFFFD三 <&>", Cell(package.Workbook.Worksheets[0], 2, 2));
    }

    [Fact]
    public void Write_SameResultTwice_ByteIdentical()
    {
        var first = new PayrollWorkbookWriter().Write(PayrollSamples.TwoAgents(), _folder.File("a.xlsx"));
        var second = new PayrollWorkbookWriter().Write(PayrollSamples.TwoAgents(), _folder.File("b.xlsx"));

        Assert.Equal(File.ReadAllBytes(first.WorkbookPath), File.ReadAllBytes(second.WorkbookPath));
    }

    [Fact]
    public void Write_SameResultInOtherFolderWithCsv_WorkbookAndCsvByteIdentical()
    {
        using var other = new TempFolder();
        var options = new WorkbookOptions { MaxRowsPerSheet = 8 };

        var first = new PayrollWorkbookWriter().Write(PayrollSamples.TwoAgents(), _folder.Path, options);
        var second = new PayrollWorkbookWriter().Write(PayrollSamples.TwoAgents(), other.Path, options);

        Assert.Equal(File.ReadAllBytes(first.WorkbookPath), File.ReadAllBytes(second.WorkbookPath));
        Assert.Equal(File.ReadAllBytes(first.ExtraFiles[0]), File.ReadAllBytes(second.ExtraFiles[0]));
    }

    [Fact]
    public void Write_LinesOverRowLimit_WrittenToCsvAndNoted()
    {
        // 9 shown lines + header = 10 rows > 8.
        var report = Write(PayrollSamples.TwoAgents(), new WorkbookOptions { MaxRowsPerSheet = 8 });

        var csvPath = _folder.File("lines-2026-10.csv");
        Assert.Equal([csvPath], report.ExtraFiles);
        var note = Assert.Single(report.Notes);
        Assert.Contains("lines-2026-10.csv", note);
        Assert.StartsWith("明细 Lines: 9 lines need 10 rows, more than 8 per sheet", note);

        var csv = File.ReadAllLines(csvPath, Encoding.UTF8);
        Assert.Equal(10, csv.Length);
        Assert.Equal("工号 agent_id,姓名 name,组别 team,代码 code,项目 item,类别 category,金额 amount,公式 formula,说明 explain,依据行 rows", csv[0]);
        Assert.Equal("A001,张三,T1,base_pay,基本工资,earning,5220.00,base_pay_formula,5220 × (0.8×0 + 18) / 18,", csv[1]);
        Assert.Equal("A002,李四,T2,pension,养老保险,deduction,-240.04,pension_formula,3000.5 × 8%,", csv[8]);

        using var package = Open(report);
        Assert.Contains("lines-2026-10.csv", (string)Cell(package.Workbook.Worksheets[1], 1, 1)!);
        var exceptions = package.Workbook.Worksheets[3];
        Assert.Equal("workbook_lines_to_csv", Cell(exceptions, 3, 3));
        Assert.Equal(note, Cell(exceptions, 3, 4));
    }

    [Fact]
    public void Write_LinesFitAgain_StaleCsvRemoved()
    {
        Write(PayrollSamples.TwoAgents(), new WorkbookOptions { MaxRowsPerSheet = 8 });
        Assert.True(File.Exists(_folder.File("lines-2026-10.csv")));

        var report = Write(PayrollSamples.TwoAgents());

        Assert.Empty(report.ExtraFiles);
        Assert.False(File.Exists(_folder.File("lines-2026-10.csv")));
    }

    [Fact]
    public void Write_CsvTextStartingWithFormulaChar_EscapedAmountsKeepSign()
    {
        var result = PayrollSamples.TwoAgents() with
        {
            Payslips = [PayrollSamples.Payslip("A001", "=cmd", "T1",
                Enumerable.Range(0, 5).Select(_ => PayrollSamples.Line(PayrollSamples.Pension, -1.5m, "x")).ToArray())],
        };

        var report = Write(result, new WorkbookOptions { MaxRowsPerSheet = 5 });

        var csv = File.ReadAllLines(Assert.Single(report.ExtraFiles), Encoding.UTF8);
        Assert.Equal("A001,\"'=cmd\",T1,pension,养老保险,deduction,-1.50,pension_formula,x,", csv[1]);
    }

    [Fact]
    public void Write_StripsOverRowLimit_SplitOverSheetsWholeAgents()
    {
        // 3 rows per agent; 7 rows per sheet holds 2 agents, so 5 agents need 3 strip sheets.
        var report = Write(PayrollSamples.Many(5), new WorkbookOptions { MaxRowsPerSheet = 7 });

        Assert.Equal(["工资表 Register", "明细 Lines", "工资条 Strips", "工资条 Strips (2)", "工资条 Strips (3)", "异常 Exceptions", "依据 Sources"], report.SheetNames);
        Assert.Contains("工资条 Strips: 15 rows, more than 7 per sheet; split over 3 sheets (工资条 Strips, 工资条 Strips (2), 工资条 Strips (3)).", report.Notes);
        using var package = Open(report);
        var second = package.Workbook.Worksheets[3];
        Assert.Equal("工号\nagent_id", Cell(second, 1, 1));
        Assert.Equal("A000002", Cell(second, 2, 1));
        Assert.Equal("A000003", Cell(second, 5, 1));
        Assert.Equal("A000004", Cell(package.Workbook.Worksheets[4], 2, 1));
    }

    [Fact]
    public void Write_RegisterOverRowLimit_SplitWithTotalsOfAllAgentsOnLastPart()
    {
        var report = Write(PayrollSamples.Many(5), new WorkbookOptions { MaxRowsPerSheet = 4 });

        Assert.Equal(["工资表 Register", "工资表 Register (2)", "工资表 Register (3)", "明细 Lines"], report.SheetNames.Take(4));
        Assert.Contains(report.Notes, n => n.StartsWith("工资表 Register: 7 rows, more than 4 per sheet; split over 3 sheets", StringComparison.Ordinal));
        using var package = Open(report);
        var last = package.Workbook.Worksheets[2];
        Assert.Equal("A000004", Cell(last, 2, 1));
        Assert.Equal("合计 Total", Cell(last, 3, 1));
        Assert.Equal(3000.0 + 3001 + 3002 + 3003 + 3004, Cell(last, 3, 4));
        Assert.Null(Cell(package.Workbook.Worksheets[0], 4, 1));
        var exceptions = package.Workbook.Worksheets[^2];
        Assert.Contains("workbook_sheet_split", Enumerable.Range(2, 3).Select(r => Cell(exceptions, r, 3)));
    }

    [Fact]
    public void Write_LineNotInPlan_NotedAndKeptInLines()
    {
        var stray = new LineDefinition("stray_bonus", "奖金", "Stray bonus", LineCategory.Earning);
        var result = PayrollSamples.TwoAgents() with
        {
            Payslips = [PayrollSamples.Payslip("A001", "张三", "T1", PayrollSamples.Line(stray, 10m, "10"))],
        };

        var report = Write(result);

        Assert.Equal(
            "Lines stray_bonus are not among the plan's line definitions: they are in 明细 Lines and in gross/net but have no 工资表 Register column.",
            Assert.Single(report.Notes));
        using var package = Open(report);
        Assert.Equal("stray_bonus", Cell(package.Workbook.Worksheets[1], 2, 4));
        Assert.Equal(10.0, Cell(package.Workbook.Worksheets[0], 2, 9)); // gross
    }

    [Fact]
    public void Write_NoPayslips_RegisterHasHeaderAndZeroTotals()
    {
        var report = Write(PayrollSamples.TwoAgents() with { Payslips = [], Flags = [] });

        using var package = Open(report);
        var register = package.Workbook.Worksheets[0];
        Assert.Equal("合计 Total", Cell(register, 2, 1));
        Assert.Equal(0.0, Cell(register, 2, 4));
        Assert.Equal("工号 agent_id", Cell(package.Workbook.Worksheets[3], 1, 1));
    }

    [Fact]
    public void Write_ThousandAgents_TotalsEqualSumOfRowsAndAllSheetsComplete()
    {
        var result = PayrollSamples.Many(1000);

        var report = Write(result);

        using var package = Open(report);
        var register = package.Workbook.Worksheets[0];
        Assert.Equal("合计 Total", Cell(register, 1002, 1));
        var expectedBase = result.Payslips.Sum(p => p.Lines[0].Amount);
        Assert.Equal(expectedBase, Convert.ToDecimal(Cell(register, 1002, 4)));
        var expectedNet = result.Payslips.Sum(p => Math.Round(p.Net, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(expectedNet, Convert.ToDecimal(Cell(register, 1002, 10)));
        Assert.Equal(1 + result.Payslips.Sum(p => p.Lines.Count(l => l.Amount != 0 || l.Category == LineCategory.Info)),
            package.Workbook.Worksheets[1].Dimension.End.Row);
        Assert.Equal(2999, package.Workbook.Worksheets[2].Dimension.End.Row);
    }

    [Fact]
    public void Options_RowLimitOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkbookOptions { MaxRowsPerSheet = 3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkbookOptions { MaxRowsPerSheet = 1_048_577 });
    }
}
