using System.Globalization;
using OfficeOpenXml;

namespace PayCalc.Files.Import;

/// <summary>
/// Reads one worksheet with EPPlus. Real Excel dates arrive as <see cref="DateTime"/> or as an OLE
/// Automation number, times as a day fraction; text cells are parsed like CSV.
/// </summary>
internal sealed class XlsxTableReader : TableReader
{
    private readonly ExcelPackage _package;
    private readonly ExcelWorksheet? _sheet;
    private readonly string[] _headers;
    private readonly int _headerRow;
    private readonly int _lastRow;
    private readonly int _columns;
    private int _row;
    private string? _scratch;

    private XlsxTableReader(string fileName, ExcelPackage package, ExcelWorksheet? sheet, ImportContext context)
        : base(fileName, sheet?.Name ?? "", context)
    {
        _package = package;
        _sheet = sheet;
        var dim = sheet?.Dimension;
        if (sheet is null || dim is null)
        {
            _headers = [];
            _headerRow = 1;
            _row = _lastRow = 1;
            return;
        }
        _headerRow = dim.Start.Row;
        _lastRow = dim.End.Row;
        _columns = dim.End.Column;
        // The sheet's declared dimension was checked before loading; this is the one EPPlus found.
        if (_lastRow - _headerRow > Options.MaxRows)
            throw new FileRejectedException(Messages.Format("Import_SheetTooManyRows", _lastRow - _headerRow, Options.MaxRows), Sheet);
        if (_columns > Options.MaxColumns)
            throw new FileRejectedException(Messages.Format("Import_SheetTooManyColumns", _columns, Options.MaxColumns), Sheet);
        _headers = new string[_columns];
        for (var c = 1; c <= _columns; c++)
            _headers[c - 1] = CellText(sheet.GetValue(_headerRow, c)).Trim().TrimStart('\uFEFF');
        _row = _headerRow;
    }

    /// <summary>
    /// Opens the sheet named like the kind (English or Chinese), else the first sheet, after <see cref="XlsxPrecheck"/>
    /// has made sure EPPlus can load the workbook safely.
    /// </summary>
    public static XlsxTableReader Open(string path, InputKind kind, ImportContext context)
    {
        XlsxPrecheck.Check(path, context.Options);
        var package = new ExcelPackage(new FileInfo(path));
        try
        {
            var sheets = package.Workbook.Worksheets;
            ExcelWorksheet? chosen = null;
            foreach (var ws in sheets)
            {
                if (string.Equals(ws.Name.Trim(), kind.Name, StringComparison.OrdinalIgnoreCase) || ws.Name.Trim() == kind.ChineseName)
                {
                    chosen = ws;
                    break;
                }
            }
            chosen ??= sheets.Count > 0 ? sheets[0] : null;
            return new XlsxTableReader(Path.GetFileName(path), package, chosen, context);
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override int HeaderRow => _headerRow;

    public override int Row => _row;

    public override bool Read()
    {
        while (_row < _lastRow)
        {
            _row++;
            for (var c = 0; c < _columns; c++)
                if (!Cell(c).IsEmpty) return true;
        }
        return false;
    }

    private object? Value(int col) => col < 0 || col >= _columns || _sheet is null ? null : _sheet.GetValue(_row, col + 1);

    protected override ReadOnlySpan<char> Cell(int col)
    {
        _scratch = CellText(Value(col));
        return _scratch.AsSpan().Trim();
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public override bool TryGetDate(int col, out DateOnly value)
    {
        switch (Value(col))
        {
            case DateTime dt when dt.TimeOfDay == TimeSpan.Zero:
                value = DateOnly.FromDateTime(dt);
                return true;
            case double d when d >= 1 && d < 2958466 && d == Math.Floor(d):
                value = DateOnly.FromDateTime(DateTime.FromOADate(d));
                return true;
            case DateTime or double:
                value = default;
                return false;
            default:
                return base.TryGetDate(col, out value);
        }
    }

    public override bool TryGetTime(int col, out TimeOnly value)
    {
        switch (Value(col))
        {
            case DateTime dt:
                return FromMinutes(dt.TimeOfDay.TotalMinutes, out value);
            case double d when d >= 0 && d <= 1:
                return FromMinutes(d * 1440, out value);
            case double:
                value = default;
                return false;
            default:
                return base.TryGetTime(col, out value);
        }
    }

    /// <summary>Excel stores times as binary fractions: round to the minute, and refuse seconds that are really there.</summary>
    private static bool FromMinutes(double minutes, out TimeOnly value)
    {
        var rounded = Math.Round(minutes);
        value = default;
        if (Math.Abs(minutes - rounded) > 0.01) return false;
        value = new TimeOnly((int)rounded % 1440 / 60, (int)rounded % 60);
        return true;
    }

    public override bool TryGetDecimal(int col, out decimal value)
    {
        switch (Value(col))
        {
            case double d:
                value = (decimal)d;
                return true;
            case decimal m:
                value = m;
                return true;
            case int i:
                value = i;
                return true;
            case long l:
                value = l;
                return true;
            default:
                return base.TryGetDecimal(col, out value);
        }
    }

    public override bool TryGetPeriod(int col, out Domain.Period value)
    {
        if (Value(col) is DateTime dt)
        {
            value = new Domain.Period(dt.Year, dt.Month);
            return true;
        }
        return base.TryGetPeriod(col, out value);
    }

    public override void Dispose() => _package.Dispose();
}
