using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>Writes the payroll workbook HR works from (<c>payroll-yyyy-MM.xlsx</c>):
/// <list type="bullet">
/// <item><c>工资表 Register</c>: one row per agent, by team, with a 小计 row after each team and a bold 合计 row;
/// columns grouped 应发 / 扣款 and 实发 / 单位 / 信息 (collapsed) as <see cref="RegisterColumns"/> says; two header
/// rows and the agent columns frozen on screen and repeated on every printed page (A4 landscape, 第 N 页 / 共 M 页).</item>
/// <item><c>明细 Lines</c>: one row per payslip line (same lines as payslips.json), for pivot tables.</item>
/// <item><c>工资条 Strips</c>: per agent a strip of the non-zero 应发 and 扣款 lines and 实发 (also in 大写), to print
/// and cut; page breaks fall between strips (<see cref="PayslipStrips"/>).</item>
/// <item><c>异常 Exceptions</c>: the run's flags and checks with their severity (a blocking one needs an acknowledgement
/// before approval), and the writer's own notes.</item>
/// <item><c>依据 Sources</c>: what every name the formulas read is (the trace's catalog): kind, in-force date, where it is
/// written and its source; and which rows each aggregate line lists in the lines' rows column.</item>
/// <item><c>汇总 Summary</c>: totals per line and per team beside the previous stored month's
/// (<see cref="WorkbookOptions.Previous"/>), exceptions by kind and the distribution of net pay, as tables and as four
/// charts (<see cref="SummarySheet"/>).</item>
/// </list>
/// A sheet that would exceed <see cref="WorkbookOptions.MaxRowsPerSheet"/> is split over continuation sheets
/// (register, strips, exceptions); the lines go to <c>lines-yyyy-MM.csv</c> beside the workbook instead, since a pivot
/// needs them in one table. Every such decision is a note in the report and in the exceptions sheet.
/// Identical input gives a byte-identical file.</summary>
public sealed class PayrollWorkbookWriter
{
    // Sheet names and headers in the UI language (ExportText.resx): read each time a workbook is written.
    private static string RegisterName => ExportText.Get("Workbook_RegisterSheet");
    private static string LinesName => ExportText.Get("Workbook_LinesSheet");
    private static string StripsName => ExportText.Get("Workbook_StripsSheet");
    private static string ExceptionsName => ExportText.Get("Workbook_ExceptionsSheet");
    private static string SourcesName => ExportText.Get("Workbook_SourcesSheet");
    private static string SummaryName => ExportText.Get("Summary_SheetName");

    private static IReadOnlyList<XlsxColumn> LineColumns =>
    [
        new(ExportText.Get("Workbook_AgentId"), 12),
        new(ExportText.Get("Workbook_Name"), 14),
        new(ExportText.Get("Workbook_Team"), 10),
        new(ExportText.Get("Workbook_Code"), 22),
        new(ExportText.Get("Workbook_Item"), 16),
        new(ExportText.Get("Workbook_Category"), 13),
        new(ExportText.Get("Workbook_Amount"), 13),
        new(ExportText.Get("Workbook_Formula"), 40),
        new(ExportText.Get("Workbook_Explain"), 60),
        new(ExportText.Get("Workbook_Rows"), 60),
    ];

    private static IReadOnlyList<XlsxColumn> SourceColumns =>
    [
        new(ExportText.Get("Workbook_SourceName"), 28),
        new(ExportText.Get("Workbook_Kind"), 14),
        new(ExportText.Get("Workbook_InForce"), 12),
        new(ExportText.Get("Workbook_Location"), 32),
        new(ExportText.Get("Workbook_Source"), 60),
        new(ExportText.Get("Workbook_Detail"), 60),
    ];

    private static IReadOnlyList<XlsxColumn> ExceptionColumns =>
    [
        new(ExportText.Get("Workbook_AgentId"), 12),
        new(ExportText.Get("Workbook_Name"), 14),
        new(ExportText.Get("Workbook_Code"), 26),
        new(ExportText.Get("Workbook_Message"), 100),
        new(ExportText.Get("Workbook_Severity"), 10),
        new(ExportText.Get("Workbook_Acknowledgement"), 40),
    ];

    /// <summary>The workbook's file name for a period, e.g. <c>payroll-2026-10.xlsx</c>.</summary>
    public static string FileName(Period period) => $"payroll-{period}.xlsx";

    /// <summary>The name of the CSV that takes the lines when they do not fit in a sheet, e.g. <c>lines-2026-10.csv</c>.</summary>
    public static string LinesCsvFileName(Period period) => $"lines-{period}.csv";

    /// <summary>Writes the workbook.</summary>
    /// <param name="result">The computed period.</param>
    /// <param name="path">The <c>.xlsx</c> file to write, or a folder (created if missing) to write
    /// <see cref="FileName"/> into. An existing file is replaced only once the new one is complete.</param>
    /// <param name="options">Defaults to Excel's row limit.</param>
    public WorkbookReport Write(PayrollResult result, string path, WorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new WorkbookOptions();

        var workbookPath = ResolvePath(path, result.Period);
        var folder = Path.GetDirectoryName(workbookPath)!;
        Directory.CreateDirectory(folder);

        var plan = Plan(result, options);

        var extraFiles = new List<string>();
        var csvPath = Path.Combine(folder, LinesCsvFileName(result.Period));
        if (plan.LinesToCsv)
        {
            LinesCsvWriter.Write(csvPath, plan.Payslips, LineColumns);
            extraFiles.Add(csvPath);
        }
        else if (File.Exists(csvPath))
        {
            // A CSV left by an earlier, bigger run of this period would contradict the new workbook.
            File.Delete(csvPath);
        }

        var temp = workbookPath + ".tmp";
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                WriteWorkbook(file, result, plan, options.Previous);
            }
            File.Move(temp, workbookPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }

        return new WorkbookReport(workbookPath, plan.SheetNames, extraFiles, plan.Notes.Select(n => n.Message).ToList());
    }

    private static string ResolvePath(string path, Period period)
    {
        var full = Path.GetFullPath(path);
        return Directory.Exists(full) || !full.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Path.Combine(full, FileName(period))
            : full;
    }

    /// <summary>Everything about the layout is decided before writing, because the zip's workbook part lists the
    /// sheets first and the exceptions sheet must contain every note. Notes name files, not folders, so the workbook
    /// does not depend on where it is written.</summary>
    private static WorkbookPlan Plan(PayrollResult result, WorkbookOptions options)
    {
        var max = options.MaxRowsPerSheet;
        var payslips = ExportedLines.Sorted(result.Payslips);
        var register = new RegisterColumns(result.LineDefinitions);
        var notes = new List<(string Code, string Message)>();

        long lineCount = 0;
        var undefined = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var payslip in payslips)
        {
            for (var i = 0; i < payslip.Lines.Count; i++)
            {
                var line = payslip.LineAt(i);
                if (ExportedLines.IsShown(line)) lineCount++;
                if (!register.IsDefined(line.Code)) undefined.Add(line.Code);
            }
        }
        if (undefined.Count > 0)
        {
            notes.Add(("workbook_line_not_in_plan",
                Note("Workbook_NoteLinesNotInPlan", string.Join(", ", undefined), LinesName, RegisterName)));
        }

        // Register: by team, a subtotal row after each; header rows and totals row on every part (totals only filled on the last).
        var byTeam = payslips.OrderBy(p => p.Team, StringComparer.Ordinal).ThenBy(p => p.AgentId, StringComparer.Ordinal).ToList();
        var registerRows = new List<RegisterRow>(byTeam.Count + 16);
        for (var i = 0; i < byTeam.Count; i++)
        {
            registerRows.Add(new RegisterRow(i, Subtotal: false));
            if (i == byTeam.Count - 1 || !string.Equals(byTeam[i].Team, byTeam[i + 1].Team, StringComparison.Ordinal))
                registerRows.Add(new RegisterRow(i, Subtotal: true));
        }
        var registerParts = Split(registerRows.Count, max - RegisterColumns.HeaderRows - 1);
        NoteSplit(notes, RegisterName, registerRows.Count + RegisterColumns.HeaderRows + 1L, max, registerParts.Count);

        var stripParts = PayslipStrips.Parts(payslips, max);
        if (stripParts.Count > 1)
        {
            var stripRows = payslips.Sum(p => (long)PayslipStrips.Size(p).Rows);
            notes.Add(("workbook_sheet_split",
                Note("Workbook_NoteStripsSplit", StripsName, stripRows, max, PayslipStrips.MaxPageBreaksPerSheet, stripParts.Count,
                    string.Join(", ", PartNames(StripsName, stripParts.Count)))));
        }

        var linesToCsv = lineCount + 1 > max;
        if (linesToCsv)
        {
            notes.Add(("workbook_lines_to_csv",
                Note("Workbook_NoteLinesToCsv", LinesName, lineCount, lineCount + 1, max, LinesCsvFileName(result.Period))));
        }

        // The exceptions sheet holds the flags and all notes, including its own possible split note.
        var exceptionRows = result.Flags.Count + notes.Count;
        var exceptionParts = Split(exceptionRows, max - 1);
        if (exceptionParts.Count > 1)
        {
            exceptionParts = Split(exceptionRows + 1, max - 1);
            NoteSplit(notes, ExceptionsName, exceptionRows + 2L, max, exceptionParts.Count);
        }

        var sheetNames = new List<string>();
        sheetNames.AddRange(PartNames(RegisterName, registerParts.Count));
        sheetNames.Add(LinesName);
        sheetNames.AddRange(PartNames(StripsName, stripParts.Count));
        sheetNames.AddRange(PartNames(ExceptionsName, exceptionParts.Count));
        sheetNames.Add(SourcesName);
        sheetNames.Add(SummaryName);

        return new WorkbookPlan(payslips, byTeam, registerRows, register, registerParts, stripParts, linesToCsv, exceptionParts, notes, sheetNames);
    }

    private static void NoteSplit(List<(string, string)> notes, string sheet, long rows, int max, int parts)
    {
        if (parts <= 1) return;
        notes.Add(("workbook_sheet_split",
            Note("Workbook_NoteSheetSplit", sheet, rows, max, parts, string.Join(", ", PartNames(sheet, parts)))));
    }

    /// <summary>A note in the UI language. Notes are part of the workbook, which must not depend on the machine's
    /// formats: numbers are written 1,234 whatever the culture.</summary>
    private static string Note(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, ExportText.Get(key),
            args.Select(a => a is int or long ? ((IFormattable)a).ToString("N0", CultureInfo.InvariantCulture) : a).ToArray());

    private static IEnumerable<string> PartNames(string name, int parts) =>
        Enumerable.Range(1, parts).Select(i => i == 1 ? name : $"{name} ({i})");

    /// <summary>Ranges of at most <paramref name="perPart"/> items; always at least one (possibly empty) part.</summary>
    private static List<(int Start, int Count)> Split(int items, int perPart)
    {
        var parts = new List<(int, int)>();
        for (var start = 0; start < items; start += perPart) parts.Add((start, Math.Min(perPart, items - start)));
        if (parts.Count == 0) parts.Add((0, 0));
        return parts;
    }

    private static void WriteWorkbook(Stream output, PayrollResult result, WorkbookPlan plan, MonthTotals? previous)
    {
        // The summary's charts are pictures the package lists before any sheet is written.
        var summary = new SummarySheet(result, previous);
        var summaryIndex = plan.SheetNames.Count - 1;
        // Zip entries need a timestamp; the period's first day keeps the file reproducible.
        var stamp = new DateTimeOffset(result.Period.Year, result.Period.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var register = plan.Register;
        var printTitles = Enumerable.Range(0, plan.RegisterParts.Count)
            .Select(i => new XlsxPrintTitles(i, RegisterColumns.HeaderRows, RegisterColumns.AgentColumns)).ToList();
        using var package = new XlsxPackageWriter(output, plan.SheetNames, stamp, summary.Images(summaryIndex), printTitles);

        var totals = new decimal[register.ValueCount];
        var teamTotals = new decimal[register.ValueCount];
        for (var p = 0; p < plan.RegisterParts.Count; p++)
        {
            using var sheet = package.BeginSheet(register.Layout);
            register.WriteHeader(sheet);
            var (start, count) = plan.RegisterParts[p];
            for (var i = start; i < start + count; i++)
            {
                var row = plan.RegisterRows[i];
                var payslip = plan.ByTeam[row.Payslip];
                if (!row.Subtotal)
                {
                    register.WriteRow(sheet, payslip, teamTotals);
                    continue;
                }
                register.WriteTotals(sheet, PrintTexts.TeamSubtotal, payslip.Team, teamTotals, subtotal: true);
                for (var v = 0; v < totals.Length; v++) totals[v] += teamTotals[v];
                Array.Clear(teamTotals);
            }
            if (p == plan.RegisterParts.Count - 1) register.WriteTotals(sheet, PrintTexts.GrandTotal, "", totals);
        }

        using (var sheet = package.BeginSheet(new XlsxSheetLayout(LineColumns, FrozenRows: plan.LinesToCsv ? 0 : 1, FrozenColumns: 0)))
        {
            if (plan.LinesToCsv)
            {
                sheet.StartRow();
                sheet.Text(ExportText.Format("Workbook_LinesInCsv", LinesCsvFileName(result.Period)));
            }
            else
            {
                WriteLines(sheet, plan.Payslips);
            }
        }

        var stripLayout = new XlsxSheetLayout(PayslipStrips.Columns, FrozenRows: 0, FrozenColumns: 0, PayslipStrips.PrintSetup);
        foreach (var (start, count) in plan.StripParts)
        {
            using var sheet = package.BeginSheet(stripLayout);
            PayslipStrips.Write(sheet, result.Period.ToString(), plan.Payslips, start, count);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var payslip in plan.Payslips) names.TryAdd(payslip.AgentId, payslip.Name);
        // The workbook is written with the run, before anyone acknowledges: a blocking row says what approval needs.
        var rows = result.Flags
            .Select(f => (AgentId: f.AgentId, Name: names.GetValueOrDefault(f.AgentId, ""), f.Code, f.Message,
                Severity: SummarySheet.SeverityText(f.Severity),
                Acknowledgement: f.Severity == FlagSeverity.Blocking ? ExportText.Format("Workbook_AcknowledgementNeeded", f.Code, f.AgentId) : ""))
            .Concat(plan.Notes.Select(n => (AgentId: "", Name: "", n.Code, n.Message, Severity: "", Acknowledgement: "")))
            .ToList();
        var exceptionLayout = new XlsxSheetLayout(ExceptionColumns, FrozenRows: 1, FrozenColumns: 0);
        foreach (var (start, count) in plan.ExceptionParts)
        {
            using var sheet = package.BeginSheet(exceptionLayout);
            WriteHeader(sheet, ExceptionColumns);
            for (var i = start; i < start + count; i++)
            {
                var row = rows[i];
                sheet.StartRow();
                sheet.Text(row.AgentId);
                sheet.Text(row.Name);
                sheet.Text(row.Code);
                sheet.Text(row.Message);
                sheet.Text(row.Severity);
                sheet.Text(row.Acknowledgement);
                sheet.EndRow();
            }
        }

        using (var sheet = package.BeginSheet(new XlsxSheetLayout(SourceColumns, FrozenRows: 1, FrozenColumns: 1)))
        {
            WriteHeader(sheet, SourceColumns);
            foreach (var name in result.Catalog.Names.Values)
            {
                sheet.StartRow();
                sheet.Text(name.Name);
                sheet.Text(TraceText.KindWords(name.Kind));
                sheet.Text(name.InForce?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                sheet.Text(name.Location ?? "");
                sheet.Text(name.Source ?? "");
                sheet.Text(name.Detail ?? "");
                sheet.EndRow();
            }
            foreach (var (code, shape) in result.Catalog.Rows)
            {
                sheet.StartRow();
                sheet.Text(code);
                sheet.Text(ExportText.Get("Workbook_SourceRows"));
                sheet.Text("");
                sheet.Text("");
                sheet.Text("");
                sheet.Text(ExportedLines.RowsHeading(shape));
                sheet.EndRow();
            }
        }

        using (var sheet = package.BeginSheet(SummarySheet.Layout))
        {
            summary.Write(sheet);
        }
    }

    private static void WriteLines(XlsxSheetWriter sheet, IReadOnlyList<Payslip> payslips)
    {
        WriteHeader(sheet, LineColumns);
        foreach (var payslip in payslips)
        {
            foreach (var line in payslip.Lines)
            {
                if (!ExportedLines.IsShown(line)) continue;
                sheet.StartRow();
                sheet.Text(payslip.AgentId);
                sheet.Text(payslip.Name);
                sheet.Text(payslip.Team);
                sheet.Text(line.Code);
                sheet.Text(line.Name);
                sheet.Text(ExportedLines.CategoryName(line.Category));
                sheet.Number(ExportedLines.Amount(line.Amount), line.Category == LineCategory.Info ? XlsxStyle.Default : XlsxStyle.Money);
                sheet.Text(line.Formula);
                sheet.Text(line.Explain);
                sheet.Text(ExportedLines.RowsText(payslip, line.Code));
                sheet.EndRow();
            }
        }
    }

    private static void WriteHeader(XlsxSheetWriter sheet, IReadOnlyList<XlsxColumn> columns)
    {
        sheet.StartRow();
        foreach (var column in columns) sheet.Text(column.Header, XlsxStyle.Header);
        sheet.EndRow();
    }

    /// <summary>A register row: the agent at <paramref name="Payslip"/> in team order, or (Subtotal) the 小计 of that agent's team.</summary>
    private readonly record struct RegisterRow(int Payslip, bool Subtotal);

    private sealed record WorkbookPlan(
        IReadOnlyList<Payslip> Payslips,
        IReadOnlyList<Payslip> ByTeam,
        IReadOnlyList<RegisterRow> RegisterRows,
        RegisterColumns Register,
        List<(int Start, int Count)> RegisterParts,
        List<(int Start, int Count)> StripParts,
        bool LinesToCsv,
        List<(int Start, int Count)> ExceptionParts,
        List<(string Code, string Message)> Notes,
        IReadOnlyList<string> SheetNames);
}
