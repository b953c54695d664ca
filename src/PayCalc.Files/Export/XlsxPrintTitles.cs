namespace PayCalc.Files.Export;

/// <summary>Rows and columns printed on every page of a sheet (Excel's Page Layout > Print Titles, the defined name
/// <c>_xlnm.Print_Titles</c>): the first <paramref name="Rows"/> rows and the first <paramref name="Columns"/> columns.</summary>
/// <param name="Sheet">0-based index of the sheet in the workbook.</param>
/// <param name="Rows">Header rows repeated at the top of every page.</param>
/// <param name="Columns">Columns repeated at the left of every page.</param>
internal sealed record XlsxPrintTitles(int Sheet, int Rows, int Columns)
{
    /// <summary>The defined name's formula, e.g. <c>'工资表 Register'!$A:$C,'工资表 Register'!$1:$2</c>.</summary>
    public string Reference(string sheetName)
    {
        var quoted = "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'!";
        var parts = new List<string>(2);
        if (Columns > 0) parts.Add($"{quoted}$A:${ColumnName(Columns - 1)}");
        if (Rows > 0) parts.Add($"{quoted}$1:${Rows}");
        return string.Join(",", parts);
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
