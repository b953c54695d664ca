namespace PayCalc.Files.Import;

/// <summary>
/// A forward-only view of one table (a CSV file or one worksheet): a header row, then data rows.
/// Cell text is trimmed; a column index of -1 (column absent) reads as blank.
/// </summary>
internal abstract class TableReader : IDisposable
{
    protected TableReader(string fileName, string sheet)
    {
        FileName = fileName;
        Sheet = sheet;
    }

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

    /// <summary>Trimmed text of a cell, empty when blank or absent. Valid until the next call to <see cref="Text"/> or <see cref="Read"/>.</summary>
    public abstract ReadOnlySpan<char> Text(int col);

    public bool IsBlank(int col) => col < 0 || Text(col).IsEmpty;

    /// <summary>The cell as shown in an error message.</summary>
    public string Display(int col) => col < 0 ? "" : Text(col).ToString();

    public virtual bool TryGetDate(int col, out DateOnly value) => TextParsers.TryParseDate(Text(col), out value);

    public virtual bool TryGetTime(int col, out TimeOnly value) => TextParsers.TryParseTime(Text(col), out value);

    public virtual bool TryGetDecimal(int col, out decimal value) => TextParsers.TryParseDecimal(Text(col), out value);

    public virtual bool TryGetPeriod(int col, out Domain.Period value) => TextParsers.TryParsePeriod(Text(col), out value);

    public abstract void Dispose();
}
