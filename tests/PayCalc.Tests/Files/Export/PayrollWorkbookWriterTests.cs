using System.Text;
using OfficeOpenXml;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Files.Export;

public sealed class PayrollWorkbookWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private WorkbookReport Write(PayrollResult result, WorkbookOptions? options = null) =>
        new PayrollWorkbookWriter().Write(result, _folder.Path, options);

    private static ExcelPackage Open(WorkbookReport report) => new(new FileInfo(report.WorkbookPath));

    private static object? Cell(ExcelWorksheet sheet, int row, int column) => sheet.Cells[row, column].Value;

    /// <summary>A worksheet's XML as written (EPPlus moves page breaks out of the XML it exposes).</summary>
    private static System.Xml.XmlDocument RawSheet(WorkbookReport report, int sheet)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(report.WorkbookPath);
        using var stream = zip.GetEntry($"xl/worksheets/sheet{sheet + 1}.xml")!.Open();
        var xml = new System.Xml.XmlDocument();
        xml.Load(stream);
        return xml;
    }

    [Fact]
    public void Write_ToFolder_WritesPeriodFileWithSixSheets()
    {
        var report = Write(PayrollSamples.TwoAgents());

        Assert.Equal(_folder.File("payroll-2026-10.xlsx"), report.WorkbookPath);
        Assert.Equal(["工资表 Register", "明细 Lines", "工资条 Strips", "异常 Exceptions", "依据 Sources", "汇总 Summary"], report.SheetNames);
        Assert.Empty(report.ExtraFiles);
        Assert.Empty(report.Notes);
        using var package = Open(report);
        Assert.Equal(report.SheetNames, package.Workbook.Worksheets.Select(w => w.Name));
    }

    [Theory]
    [InlineData("zh-CN", "参数", "指标", "shifts：日期, HoursInWindow(22, 6) -> 金额（来源行）")]
    [InlineData("en", "parameter", "metric", "shifts: date, HoursInWindow(22, 6) -> value (source row)")]
    public void Write_Sources_KindInTheUiLanguage(string culture, string parameter, string metric, string rows)
    {
        using var _ = UiCulture.Use(culture);
        var result = PayrollSamples.TwoAgents() with
        {
            Catalog = new TraceCatalog
            {
                Names = new Dictionary<string, TraceName>(StringComparer.Ordinal)
                {
                    ["overtime_rate"] = new() { Name = "overtime_rate", Kind = TraceKind.Parameter, Location = "plans/x.yaml:12" },
                    ["aht_seconds"] = new() { Name = "aht_seconds", Kind = TraceKind.Metric },
                },
                Rows = new Dictionary<string, RowShape>(StringComparer.Ordinal) { ["night_allowance"] = new RowShape("shifts", ["HoursInWindow(22, 6)"]) },
            },
        };
        using var package = Open(Write(result));
        var sheet = package.Workbook.Worksheets[4];
        Assert.Equal("overtime_rate", Cell(sheet, 2, 1));
        Assert.Equal(parameter, Cell(sheet, 2, 2));
        Assert.Equal("aht_seconds", Cell(sheet, 3, 1));
        Assert.Equal(metric, Cell(sheet, 3, 2));
        Assert.Equal("night_allowance", Cell(sheet, 4, 1));
        Assert.Equal(rows, Cell(sheet, 4, 6));
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
    public void Write_Register_ColumnsGroupedEarningsDeductionsEmployerThenInfo()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        var headers = Enumerable.Range(1, 13).Select(c => Cell(sheet, 2, c) as string);

        Assert.Equal(
            ["工号\nagent_id", "姓名\nname", "组别\nteam", "基本工资\nbase_pay", "加班费\novertime_pay", "应发合计\ngross",
             "养老保险\npension", "扣款合计\ndeductions", "实发\nnet", "单位养老\nemployer_pension", "单位成本\nemployer_cost",
             "出勤小时\nworked_hours", null],
            headers);
        Assert.Equal(["人员", null, null, "应发 earnings", null, null, "扣款 deductions", null, null, "单位 employer", null, "信息 info"],
            Enumerable.Range(1, 12).Select(c => Cell(sheet, 1, c) as string));
    }

    [Fact]
    public void Write_Register_InfoColumnsOutlinedAndCollapsed()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        Assert.True(sheet.Column(12).Hidden);
        Assert.Equal(1, sheet.Column(12).OutlineLevel);
        Assert.False(sheet.Column(11).Hidden);
        Assert.Equal(0, sheet.Column(11).OutlineLevel);
    }

    [Fact]
    public void Write_Register_ByTeamWithSubtotalAfterEachTeam()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        Assert.Equal(["A001", "张三", "T1"], Enumerable.Range(1, 3).Select(c => Cell(sheet, 3, c)));
        Assert.Equal([5220.0, 120.0, 5340.0, -417.6, -417.6, 4922.4, 835.2, 6175.2, 150.5], Enumerable.Range(4, 9).Select(c => Cell(sheet, 3, c)));
        Assert.Equal(["小计", null, "T1"], Enumerable.Range(1, 3).Select(c => Cell(sheet, 4, c)));
        Assert.Equal(4922.4, Cell(sheet, 4, 9));
        Assert.Null(Cell(sheet, 4, 12)); // hours: info, not totalled
        Assert.True(sheet.Cells[4, 9].Style.Font.Bold);
        Assert.Equal("A002", Cell(sheet, 5, 1));
        Assert.Equal(0.0, Cell(sheet, 5, 5));
        Assert.Equal(3000.5, Cell(sheet, 5, 6));
        Assert.Equal(["小计", null, "T2"], Enumerable.Range(1, 3).Select(c => Cell(sheet, 6, c)));
        Assert.Equal("#,##0.00", sheet.Cells[3, 4].Style.Numberformat.Format);
    }

    [Fact]
    public void Write_Register_TotalsRowSumsMoneyColumnsNotInfo()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[0];

        Assert.Equal("合计 Total", Cell(sheet, 7, 1));
        Assert.True(sheet.Cells[7, 1].Style.Font.Bold);
        for (var column = 4; column <= 12; column++)
        {
            if (column == 12)
            {
                Assert.Null(Cell(sheet, 7, column)); // worked hours: info, not totalled
                continue;
            }
            var sum = Convert.ToDecimal(Cell(sheet, 3, column)) + Convert.ToDecimal(Cell(sheet, 5, column));
            Assert.Equal(sum, Convert.ToDecimal(Cell(sheet, 7, column)));
            Assert.True(sheet.Cells[7, column].Style.Font.Bold);
        }
        Assert.Equal(8220.5, Cell(sheet, 7, 4));
        Assert.Equal(7682.86, Cell(sheet, 7, 9)); // net 4922.40 + 2760.46 (3000.50 - 240.04)
        Assert.Null(Cell(sheet, 8, 1));
    }

    [Fact]
    public void Write_Register_HeaderRowsAndAgentColumnsFrozen()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var pane = package.Workbook.Worksheets[0].WorksheetXml.GetElementsByTagName("pane")[0]!;

        Assert.Equal("3", pane.Attributes!["xSplit"]!.Value);
        Assert.Equal("2", pane.Attributes["ySplit"]!.Value);
        Assert.Equal("frozen", pane.Attributes["state"]!.Value);
        Assert.Equal("D3", pane.Attributes["topLeftCell"]!.Value);
    }

    [Fact]
    public void Write_Register_PrintsA4LandscapeWithTitlesFooterAndABreakAfterEachGroup()
    {
        var report = Write(PayrollSamples.TwoAgents());
        var xml = RawSheet(report, 0);

        var setup = xml.GetElementsByTagName("pageSetup")[0]!;
        Assert.Equal("9", setup.Attributes!["paperSize"]!.Value);
        Assert.Equal("landscape", setup.Attributes["orientation"]!.Value);
        Assert.Equal("100", setup.Attributes["scale"]!.Value); // the sample's groups are narrow
        Assert.Equal("&C第 &P 页 / 共 &N 页", xml.GetElementsByTagName("oddFooter")[0]!.InnerText);
        // Breaks after 应发合计 (column 6) and after 实发 (column 9): ids are the first column of the next page, 0-based.
        Assert.Equal(["6", "9"], xml.GetElementsByTagName("colBreaks")[0]!.ChildNodes.Cast<System.Xml.XmlNode>().Select(n => n.Attributes!["id"]!.Value));
        using var zip = System.IO.Compression.ZipFile.OpenRead(_folder.File("payroll-2026-10.xlsx"));
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        Assert.Contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'工资表 Register'!$A:$C,'工资表 Register'!$1:$2</definedName>", reader.ReadToEnd());
    }

    [Fact]
    public void Write_Register_WideGroupScaledToOnePageWidth()
    {
        var wide = Enumerable.Range(0, 30).Select(i => new LineDefinition($"earning_{i}", "很长的应发项目名称" + i, "E" + i, LineCategory.Earning)).ToList();
        var result = PayrollSamples.TwoAgents() with { LineDefinitions = [.. wide, .. PayrollSamples.Definitions] };

        using var package = Open(Write(result));
        var setup = package.Workbook.Worksheets[0].WorksheetXml.GetElementsByTagName("pageSetup")[0]!;

        // 3 identity columns (26 chars) + 32 earning columns of 16 + 11 + 11 + gross 12: about 2,880 pt against 798.7 pt.
        var scale = int.Parse(setup.Attributes!["scale"]!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var sheet = package.Workbook.Worksheets[0];
        var widthPoints = Enumerable.Range(1, 3 + 32 + 1).Sum(c => (sheet.Column(c).Width * 7 + 5) * 0.75);
        Assert.InRange(widthPoints * scale / 100, 700, 798.7);
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
    public void Write_Strips_NonZeroLinesGroupedEarningsDeductionsNetWithCapitals()
    {
        using var package = Open(Write(PayrollSamples.TwoAgents()));
        var sheet = package.Workbook.Worksheets[2];

        Assert.Equal(["工资条", "2026-10", "工号", "A001", "姓名", "张三", "组别", "T1"], Enumerable.Range(1, 8).Select(c => Cell(sheet, 1, c)));
        Assert.Equal(["应发", "基本工资", "加班费", null], Enumerable.Range(1, 4).Select(c => Cell(sheet, 2, c)));
        Assert.Equal([null, 5220.0, 120.0, null], Enumerable.Range(1, 4).Select(c => Cell(sheet, 3, c)));
        Assert.Equal(["扣款", "养老保险", null], Enumerable.Range(1, 3).Select(c => Cell(sheet, 4, c)));
        Assert.Equal(-417.6, Cell(sheet, 5, 2));
        Assert.Equal(["实发", "应发合计", "扣款合计", "实发金额", "大写"], Enumerable.Range(1, 5).Select(c => Cell(sheet, 6, c)));
        Assert.Equal([5340.0, -417.6, 4922.4, "肆仟玖佰贰拾贰元肆角"], Enumerable.Range(2, 4).Select(c => Cell(sheet, 7, c)));
        Assert.Null(Cell(sheet, 8, 1)); // the blank row between strips
        // A002: no overtime (zero), no info, no employer line.
        Assert.Equal("A002", Cell(sheet, 9, 4));
        Assert.Equal(["应发", "基本工资", null], Enumerable.Range(1, 3).Select(c => Cell(sheet, 10, c)));
        Assert.Equal("贰仟柒佰陆拾元肆角陆分", Cell(sheet, 15, 5));
        Assert.Equal(15, sheet.Dimension.End.Row);
        Assert.True(sheet.Cells[2, 1].Style.Font.Bold);
    }

    [Fact]
    public void Write_Strips_ManyLinesWrapAfterEightPerRow()
    {
        var earnings = Enumerable.Range(0, 10).Select(i => new LineDefinition($"e{i}", "项目" + i, "E" + i, LineCategory.Earning)).ToList();
        var result = PayrollSamples.TwoAgents() with
        {
            LineDefinitions = earnings,
            Payslips = [PayrollSamples.Payslip("A001", "张三", "T1", earnings.Select(d => PayrollSamples.Line(d, 1m)).ToArray())],
        };

        using var package = Open(Write(result));
        var sheet = package.Workbook.Worksheets[2];

        Assert.Equal("项目7", Cell(sheet, 2, 9));
        Assert.Null(Cell(sheet, 2, 10));
        Assert.Equal([null, "项目8", "项目9"], Enumerable.Range(1, 3).Select(c => Cell(sheet, 4, c)));
        Assert.Equal("实发", Cell(sheet, 6, 1)); // no deductions: no 扣款 rows
        Assert.Equal("壹拾元整", Cell(sheet, 7, 5));
    }

    [Fact]
    public void Write_Strips_PrintAt100PercentOnA4LandscapeWithBreaksBetweenStrips()
    {
        // 40 strips of 8 rows (165 pt each with the blank row): three to a page.
        var report = Write(PayrollSamples.Many(40));
        using var package = Open(report);
        var sheet = package.Workbook.Worksheets[2];
        var xml = RawSheet(report, 2);

        var setup = xml.GetElementsByTagName("pageSetup")[0]!;
        Assert.Equal("9", setup.Attributes!["paperSize"]!.Value);
        Assert.Equal("landscape", setup.Attributes["orientation"]!.Value);
        Assert.Equal("100", setup.Attributes["scale"]!.Value);
        Assert.Null(setup.Attributes["fitToWidth"]);
        // At 100 % the strip's 11 pt text prints at 11 pt (>= 9), and its columns fit the page's printable width.
        var widthPoints = Enumerable.Range(1, 9).Sum(c => (sheet.Column(c).Width * 7 + 5) * 0.75);
        var margins = xml.GetElementsByTagName("pageMargins")[0]!;
        var printable = 841.9 - 72 * 2 * double.Parse(margins.Attributes!["left"]!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(widthPoints <= printable, $"{widthPoints} pt > {printable} pt");
        Assert.Equal("11", package.Workbook.Styles.Fonts[0].Size.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var breaks = xml.GetElementsByTagName("rowBreaks")[0]!.ChildNodes.Cast<System.Xml.XmlNode>()
            .Select(n => int.Parse(n.Attributes!["id"]!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var titleRows = Enumerable.Range(1, sheet.Dimension.End.Row).Where(r => Cell(sheet, r, 1) as string == "工资条").ToList();
        Assert.Equal(40, titleRows.Count);
        // Every break falls right before a strip's title row, never inside a strip.
        Assert.All(breaks, b => Assert.Contains(b + 1, titleRows));
        Assert.Equal(13, breaks.Count); // 14 pages of at most 3 strips
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
        Assert.Equal(["A002", "李四", "missing_metrics", "缺少 2026-10 的指标", "提示"], Enumerable.Range(1, 5).Select(c => Cell(sheet, 2, c)));
        Assert.Null(Cell(sheet, 2, 6));
        Assert.Equal("X999", Cell(sheet, 3, 1));
        Assert.Null(Cell(sheet, 3, 2));
        Assert.Equal("阻断", Cell(sheet, 3, 5));
        Assert.Equal("批准前需要确认：approve --acknowledge not_in_roster:X999 --reason ...", Cell(sheet, 3, 6));
        Assert.Equal(3, sheet.Dimension.End.Row);
    }

    [Fact]
    public void Write_InEnglish_SheetsHeadersSeverityAndNotesInEnglish()
    {
        using var _ = UiCulture.Use("en");
        var flags = new[] { new PayrollFlag("X999", "not_in_roster", "not in the roster", FlagSeverity.Blocking) };

        var report = Write(PayrollSamples.TwoAgents(flags), new WorkbookOptions { MaxRowsPerSheet = 8 });

        Assert.Equal(["Register", "Lines", "Pay strips"], report.SheetNames.Take(3));
        Assert.Equal(["Pay strips (2)", "Exceptions", "Sources", "Summary"], report.SheetNames.TakeLast(4));
        Assert.Contains("Lines: 9 lines need 10 rows, more than 8 per sheet; all lines are in lines-2026-10.csv beside the workbook instead (text starting with = + - @ is prefixed with ' there).", report.Notes);
        using var package = Open(report);
        var register = package.Workbook.Worksheets[0];
        Assert.Equal(["Agent", null, null, "Earnings"], Enumerable.Range(1, 4).Select(c => Cell(register, 1, c)));
        Assert.Equal("Agent ID\nagent_id", Cell(register, 2, 1));
        Assert.Equal("Total", Cell(register, 7, 1));
        var exceptions = package.Workbook.Worksheets["Exceptions"];
        Assert.Equal(["agent_id", "name", "code", "message", "severity", "acknowledgement"], Enumerable.Range(1, 6).Select(c => Cell(exceptions, 1, c)));
        Assert.Equal("blocking", Cell(exceptions, 2, 5));
        Assert.Equal("needed before approval: approve --acknowledge not_in_roster:X999 --reason ...", Cell(exceptions, 2, 6));
        var strips = package.Workbook.Worksheets["Pay strips"];
        Assert.Equal(["Pay strip", "2026-10", "Agent ID", "A001", "Name", "张三", "Team", "T1"], Enumerable.Range(1, 8).Select(c => Cell(strips, 1, c)));
        Assert.Equal(["Net pay", "Gross pay", "Total deductions", "Net amount", "In capitals (大写)"], Enumerable.Range(1, 5).Select(c => Cell(strips, 6, c)));
    }

    [Fact]
    public void Write_Strips_CapitalsSpanTheStripsLastColumnsWideEnoughAt11Points()
    {
        // 123,456.78: the longest capitals a month's net pay gets in practice (16 characters).
        var result = PayrollSamples.TwoAgents() with
        {
            Payslips = [PayrollSamples.Payslip("A001", "张三", "T1", PayrollSamples.Line(PayrollSamples.BasePay, 123456.78m))],
        };
        var report = Write(result);
        using var package = Open(report);
        var sheet = package.Workbook.Worksheets[2];
        var xml = RawSheet(report, 2);

        Assert.Equal("壹拾贰万叁仟肆佰伍拾陆元柒角捌分", Cell(sheet, 5, 5));
        var merged = xml.GetElementsByTagName("mergeCell").Cast<System.Xml.XmlNode>().Select(n => n.Attributes!["ref"]!.Value).ToList();
        Assert.Equal(["E4:I4", "E5:I5"], merged); // the 大写 header and its amount
        // A CJK character at 11 pt is about 11 pt wide: the merged cell holds the text, the strip still fits the page.
        var mergedPoints = Enumerable.Range(5, 5).Sum(c => (sheet.Column(c).Width * 7 + 5) * 0.75);
        Assert.True(mergedPoints >= 16 * 11 + 10, $"{mergedPoints} pt");
        var stripPoints = Enumerable.Range(1, 9).Sum(c => (sheet.Column(c).Width * 7 + 5) * 0.75);
        Assert.True(stripPoints <= 841.9 - 2 * 72 * 0.4, $"{stripPoints} pt");
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

        foreach (var (sheetIndex, row, column, text) in new[] { (0, 3, 2, evil), (0, 3, 3, "+T1"), (1, 2, 2, evil), (1, 2, 9, "-1+1"), (2, 1, 6, evil), (2, 1, 8, "+T1") })
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

        Assert.Equal("张\uFFFD三 <&>", Cell(package.Workbook.Worksheets[0], 3, 2));
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
        var note = Assert.Single(report.Notes, n => n.Contains("lines-2026-10.csv", StringComparison.Ordinal));
        Assert.StartsWith("明细 Lines：9 行明细需要 10 行，超过每个工作表 8 行；全部明细已写入工作簿旁的 lines-2026-10.csv", note);

        var csv = File.ReadAllLines(csvPath, Encoding.UTF8);
        Assert.Equal(10, csv.Length);
        Assert.Equal("工号 agent_id,姓名 name,组别 team,代码 code,项目 item,类别 category,金额 amount,公式 formula,说明 explain,依据行 rows", csv[0]);
        Assert.Equal("A001,张三,T1,base_pay,基本工资,earning,5220.00,base_pay_formula,5220 × (0.8×0 + 18) / 18,", csv[1]);
        Assert.Equal("A002,李四,T2,pension,养老保险,deduction,-240.04,pension_formula,3000.5 × 8%,", csv[8]);

        using var package = Open(report);
        Assert.Contains("lines-2026-10.csv", (string)Cell(package.Workbook.Worksheets[1], 1, 1)!);
        var exceptions = package.Workbook.Worksheets[report.SheetNames.ToList().IndexOf("异常 Exceptions")];
        var row = Enumerable.Range(2, exceptions.Dimension.End.Row - 1).Single(r => Cell(exceptions, r, 3) as string == "workbook_lines_to_csv");
        Assert.Equal(note, Cell(exceptions, row, 4));
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
        // 8 rows per strip (A000000 has no overtime: 8; the others 8 too: 1 earning pair); 17 rows per sheet hold 2 strips.
        var report = Write(PayrollSamples.Many(5), new WorkbookOptions { MaxRowsPerSheet = 17 });

        Assert.Equal(["工资表 Register", "明细 Lines", "工资条 Strips", "工资条 Strips (2)", "工资条 Strips (3)", "异常 Exceptions", "依据 Sources", "汇总 Summary"], report.SheetNames);
        Assert.Contains("工资条 Strips：共 40 行；每个工作表最多 17 行、1,000 个分页符；已分为 3 个工作表（工资条 Strips, 工资条 Strips (2), 工资条 Strips (3)）。", report.Notes);
        using var package = Open(report);
        var second = package.Workbook.Worksheets[3];
        Assert.Equal("工资条", Cell(second, 1, 1));
        Assert.Equal("A000002", Cell(second, 1, 4));
        Assert.Equal("A000003", Cell(second, 9, 4));
        Assert.Equal("A000004", Cell(package.Workbook.Worksheets[4], 1, 4));
    }

    [Fact]
    public void Write_RegisterOverRowLimit_SplitWithTotalsOfAllAgentsOnLastPart()
    {
        // 5 agents in 5 teams: 10 rows; 7 rows per sheet leave 4 between the 2 header rows and the totals row.
        var report = Write(PayrollSamples.Many(5), new WorkbookOptions { MaxRowsPerSheet = 7 });

        Assert.Equal(["工资表 Register", "工资表 Register (2)", "工资表 Register (3)", "明细 Lines"], report.SheetNames.Take(4));
        Assert.Contains(report.Notes, n => n.StartsWith("工资表 Register：共 13 行，超过每个工作表 7 行；已分为 3 个工作表", StringComparison.Ordinal));
        using var package = Open(report);
        var last = package.Workbook.Worksheets[2];
        Assert.Equal("A000004", Cell(last, 3, 1));
        Assert.Equal("小计", Cell(last, 4, 1));
        Assert.Equal("合计 Total", Cell(last, 5, 1));
        Assert.Equal(3000.0 + 3001 + 3002 + 3003 + 3004, Cell(last, 5, 4));
        Assert.Null(Cell(package.Workbook.Worksheets[0], 7, 1));
        Assert.Equal("小计", Cell(package.Workbook.Worksheets[0], 6, 1));
        var exceptions = package.Workbook.Worksheets[report.SheetNames.ToList().IndexOf("异常 Exceptions")];
        Assert.Contains("workbook_sheet_split", Enumerable.Range(2, 4).Select(r => Cell(exceptions, r, 3)));
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
            "项目 stray_bonus 不在方案的项目定义中：它们在 明细 Lines 中并计入应发/实发，但在 工资表 Register 中没有列。",
            Assert.Single(report.Notes));
        using var package = Open(report);
        Assert.Equal("stray_bonus", Cell(package.Workbook.Worksheets[1], 2, 4));
        Assert.Equal(10.0, Cell(package.Workbook.Worksheets[0], 3, 6)); // gross
    }

    [Fact]
    public void Write_NoPayslips_RegisterHasHeaderAndZeroTotals()
    {
        var report = Write(PayrollSamples.TwoAgents() with { Payslips = [], Flags = [] });

        using var package = Open(report);
        var register = package.Workbook.Worksheets[0];
        Assert.Equal("合计 Total", Cell(register, 3, 1));
        Assert.Equal(0.0, Cell(register, 3, 4));
        Assert.Equal("工号 agent_id", Cell(package.Workbook.Worksheets[3], 1, 1));
    }

    [Fact]
    public void Write_ThousandAgents_TotalsEqualSumOfRowsAndAllSheetsComplete()
    {
        var result = PayrollSamples.Many(1000);

        var report = Write(result);

        using var package = Open(report);
        var register = package.Workbook.Worksheets[0];
        Assert.Equal("合计 Total", Cell(register, 1010, 1)); // 2 header rows, 1000 agents, 7 team subtotals
        var expectedBase = result.Payslips.Sum(p => p.Lines[0].Amount);
        Assert.Equal(expectedBase, Convert.ToDecimal(Cell(register, 1010, 4)));
        var expectedNet = result.Payslips.Sum(p => Math.Round(p.Net, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(expectedNet, Convert.ToDecimal(Cell(register, 1010, 9)));
        var subtotals = Enumerable.Range(3, 1007).Where(r => Cell(register, r, 1) as string == "小计").ToList();
        Assert.Equal(7, subtotals.Count);
        Assert.Equal(expectedNet, subtotals.Sum(r => Convert.ToDecimal(Cell(register, r, 9))));
        Assert.Equal(1 + result.Payslips.Sum(p => p.Lines.Count(l => l.Amount != 0 || l.Category == LineCategory.Info)),
            package.Workbook.Worksheets[1].Dimension.End.Row);
        Assert.Equal(1000 * 8 - 1, package.Workbook.Worksheets[2].Dimension.End.Row); // 7 rows and a blank row per strip
    }

    [Fact]
    public void Options_RowLimitOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkbookOptions { MaxRowsPerSheet = 3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkbookOptions { MaxRowsPerSheet = 1_048_577 });
    }
}
