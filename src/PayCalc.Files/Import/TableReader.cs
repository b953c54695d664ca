namespace PayCalc.Files.Import;

/// <summary>
/// A forward-only view of one table (a CSV file or one worksheet): a header row, then data rows.
/// Cell text is trimmed; a column index of -1 (column absent) reads as blank.
/// </summary>
internal abstract class TableReader : IDisposable
{
    private readonly List<Domain.Inputs.InputError> _errors;
    private int _reportedRow = -1;
    private readonly List<int> _reportedColumns = [];

    /// <summary>Cell problems (too long, U+FFFD) are added to <paramref name="context"/>'s errors as the importer reads the cells.</summary>
    protected TableReader(string fileName, string sheet, ImportContext context)
    {
        FileName = fileName;
        Sheet = sheet;
        Options = context.Options;
        _errors = context.Errors;
    }

    protected ImportOptions Options { get; }

    /// <summary>File name without folder, as shown in error messages.</summary>
    public string FileName { get; }

    /// <summary>Sheet name, or "" for CSV.</summary>
    public string Sheet { get; }

    /// <summary>Header cells as written (trimmed), one per column.</summary>
    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>Row number of the header as HR sees it (1 unless the sheet starts lower).</summary>
    public abstract int HeaderRow { get; }

    /// <summary>Row number of the current data row as HR sees it (header = row 1).</summary>
    public abstract int Row { get; }

    /// <summary>Moves to the next non-blank data row.</summary>
    public abstract bool Read();

    /// <summary>
    /// Trimmed text of a cell, empty when blank or absent. Valid until the next call to <see cref="Text"/> or <see cref="Read"/>.
    /// A cell longer than <see cref="ImportOptions.MaxCellChars"/> or holding U+FFFD (text lost to a wrong encoding) is
    /// reported once per row and column; the importer then sees one more error for the row and drops it.
    /// </summary>
    public ReadOnlySpan<char> Text(int col)
    {
        var text = Cell(col);
        if (text.Length > Options.MaxCellChars || text.Contains('\uFFFD')) ReportCell(col, text);
        return text;
    }

    /// <summary>Trimmed text of a cell without the checks of <see cref="Text"/>: for telling blank rows apart.</summary>
    protected abstract ReadOnlySpan<char> Cell(int col);

    private void ReportCell(int col, ReadOnlySpan<char> text)
    {
        if (_reportedRow != Row)
        {
            _reportedRow = Row;
            _reportedColumns.Clear();
        }
        if (_reportedColumns.Contains(col)) return;
        _reportedColumns.Add(col);
        var column = col < Headers.Count ? Headers[col] : Messages.Format("Import_ColumnNumber", col + 1);
        var message = text.Length > Options.MaxCellChars
            ? Messages.Format("Import_CellTooLong", text.Length, Options.MaxCellChars)
            : Messages.Get("Import_CellGarbled");
        _errors.Add(new Domain.Inputs.InputError(FileName, Sheet, Row, column, message, Shorten(text)));
    }

    /// <summary>A value as shown in a message: cut to 50 characters when longer than a cell may be.</summary>
    private string Shorten(ReadOnlySpan<char> text) =>
        text.Length > Options.MaxCellChars ? string.Concat(text[..50], "…") : text.ToString();

    public bool IsBlank(int col) => col < 0 || Text(col).IsEmpty;

    /// <summary>The cell as shown in an error message.</summary>
    public string Display(int col) => col < 0 ? "" : Shorten(Text(col));

    public virtual bool TryGetDate(int col, out DateOnly value) => TextParsers.TryParseDate(Text(col), out value);

    public virtual bool TryGetTime(int col, out TimeOnly value) => TextParsers.TryParseTime(Text(col), out value);

    public virtual bool TryGetDecimal(int col, out decimal value) => TextParsers.TryParseDecimal(Text(col), out value);

    public virtual bool TryGetPeriod(int col, out Domain.Period value) => TextParsers.TryParsePeriod(Text(col), out value);

    public abstract void Dispose();
}
