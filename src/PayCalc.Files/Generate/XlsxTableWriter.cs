using System.Globalization;
using OfficeOpenXml;

namespace PayCalc.Files.Generate;

/// <summary>
/// Builds one worksheet with EPPlus and saves it on dispose. Dates are real Excel dates (yyyy-mm-dd);
/// times are <c>HH:mm</c> text; every cell is a value, never a formula.
/// </summary>
internal sealed class XlsxTableWriter : TableWriter
{
    private readonly string _path;
    private readonly ExcelPackage _package = new();
    private readonly ExcelWorksheet _sheet;
    private readonly HashSet<int> _dateColumns = [];
    private int _row = 1;
    private int _col;

    public XlsxTableWriter(string path, string sheetName, IReadOnlyList<string> headers)
    {
        _path = path;
        _sheet = _package.Workbook.Worksheets.Add(sheetName);
        foreach (var h in headers) Text(h);
        EndRow();
        _sheet.View.FreezePanes(2, 1);
    }

    private void Set(object? value)
    {
        _col++;
        if (value is not null) _sheet.SetValue(_row, _col, value);
    }

    public override void Text(string? value) => Set(string.IsNullOrEmpty(value) ? null : value);

    public override void Date(DateOnly? value)
    {
        _dateColumns.Add(_col + 1);
        Set(value?.ToDateTime(TimeOnly.MinValue));
    }

    public override void Time(TimeOnly? value) => Set(value?.ToString("HH:mm", CultureInfo.InvariantCulture));

    public override void Number(decimal? value) => Set(value is { } v ? (double)v : null);

    public override void EndRow()
    {
        _row++;
        _col = 0;
    }

    public override void Dispose()
    {
        if (_row > 2)
        {
            foreach (var c in _dateColumns)
                _sheet.Cells[2, c, _row - 1, c].Style.Numberformat.Format = "yyyy-mm-dd";
        }
        _package.SaveAs(new FileInfo(_path));
        _package.Dispose();
    }
}
