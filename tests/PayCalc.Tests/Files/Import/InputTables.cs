using System.Globalization;
using System.Text.RegularExpressions;
using PayCalc.Domain;
using PayCalc.Files.Import;

namespace PayCalc.Tests.Files.Import;

public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Writes an input table as .csv or .xlsx from the same comma-separated lines (the first is the header), and reads the
/// folder for October 2026. In .xlsx the cells are what Excel would hold: ISO dates become real dates, <c>HH:mm</c>
/// real times (fractions of a day), plain numbers numbers, the rest text; the sheet is named like the file.
/// </summary>
public static partial class InputTables
{
    public static readonly Period October = new(2026, 10);

    /// <summary>
    /// A001 T1 hired 2025-03-01; A002 T1 hired 2026-10-08; A003 T2 terminated 2026-10-20; A004 T2 hired 2026-11-02.
    /// </summary>
    public static readonly string[] Roster =
    [
        "agent_id,name,team,hire_date,termination_date,base_salary",
        "A001,张三,T1,2025-03-01,,5220",
        "A002,李四,T1,2026-10-08,,5000",
        "A003,王五,T2,2024-01-01,2026-10-20,6000",
        "A004,赵六,T2,2026-11-02,,5000",
    ];

    public static readonly string[] Attendance = ["agent_id,date,start,end,break_minutes", "A001,2026-10-09,09:00,18:00,60"];

    public static readonly string[] Metrics = ["agent_id,period,calls_handled", "A001,2026-10,100"];

    public static TheoryData<TableFormat> Formats => new() { TableFormat.Csv, TableFormat.Xlsx };

    /// <summary>Both formats, each with English and with Chinese headers.</summary>
    public static TheoryData<TableFormat, bool> FormatsAndLanguages => new()
    {
        { TableFormat.Csv, false }, { TableFormat.Csv, true }, { TableFormat.Xlsx, false }, { TableFormat.Xlsx, true },
    };

    /// <summary>Writes <paramref name="name"/>.csv or .xlsx and returns the file name.</summary>
    public static string Write(TempFolder dir, string name, TableFormat format, params string[] lines)
    {
        if (format == TableFormat.Csv)
        {
            dir.Csv(name + ".csv", lines);
            return name + ".csv";
        }
        dir.Xlsx(name + ".xlsx", name, lines.Select((line, i) => line.Split(',').Select(c => i == 0 ? c : Cell(c)).ToArray()));
        return name + ".xlsx";
    }

    /// <summary>The sheet an error names: the sheet's name in .xlsx, empty in .csv.</summary>
    public static string Sheet(TableFormat format, string name) => format == TableFormat.Csv ? "" : name;

    /// <summary>Writes the standard roster, attendance and metrics, except the kinds given in <paramref name="except"/>.</summary>
    public static void Defaults(TempFolder dir, params string[] except)
    {
        if (!except.Contains("agents")) dir.Csv("agents.csv", Roster);
        if (!except.Contains("attendance")) dir.Csv("attendance.csv", Attendance);
        if (!except.Contains("metrics")) dir.Csv("metrics.csv", Metrics);
    }

    public static ImportResult Read(TempFolder dir) => new InputFolderReader(ShippedPlanHeaders.Options).Read(dir.Path, October);

    private static object? Cell(string text)
    {
        if (text.Length == 0) return null;
        if (IsoDate().IsMatch(text) && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (Time().Match(text) is { Success: true } t)
            return (int.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(t.Groups[2].Value, CultureInfo.InvariantCulture)) / 1440.0;
        if (PlainNumber().IsMatch(text)) return double.Parse(text, CultureInfo.InvariantCulture);
        return text;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();
}
