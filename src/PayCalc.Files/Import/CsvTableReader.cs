using System.Text;
using CsvHelper;

namespace PayCalc.Files.Import;

/// <summary>
/// Reads a CSV file with CsvHelper's span API, without allocating per cell. The encoding is chosen per file
/// (<see cref="CsvEncodingDetector"/>): UTF-8 is read as is, anything else is transcoded to UTF-8 by CsvHelper.
/// </summary>
internal sealed class CsvTableReader : TableReader
{
    private readonly CsvReader _reader;
    private readonly string[] _headers;
    private char[] _buffer = new char[256];

    private CsvTableReader(string path, Encoding? encoding, ImportContext context)
        : base(Path.GetFileName(path), "", context)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            SkipEmptyLines = false,
            Encoding = encoding,
            // An unclosed quote would otherwise swallow the rest of the file into one record held in memory.
            MaxRecordSize = (int)Math.Min(int.MaxValue / 2, 4L * Options.MaxColumns * Options.MaxCellChars),
        };
        _reader = CsvReader.FromFile(path, options);
        try
        {
            try
            {
                _reader.ReadHeader();
            }
            catch (CsvFormatException ex)
            {
                throw Unreadable(ex);
            }
            _headers = _reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToArray();
            CheckHeader();
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
    }

    /// <summary>Opens the file with the encoding the options force, else the one detected; rejects a file it cannot read right.</summary>
    public static CsvTableReader Open(string path, ImportContext context) =>
        new(path, CsvEncodingDetector.Choose(path, context.Options.CsvEncoding, context.Warnings), context);

    /// <summary>
    /// A header of one cell holding ';' or a tab is a file saved with another separator (a European locale, "Unicode
    /// text"): refused rather than guessed, because such files often carry decimal commas too.
    /// </summary>
    private void CheckHeader()
    {
        if (_headers.Length == 1)
        {
            var h = _headers[0];
            var separator = h.Contains(';') ? "';'" : h.Contains('\t') ? Messages.Get("Import_Tabs") : null;
            if (separator is not null)
                throw new FileRejectedException(Messages.Format("Import_NotCommaSeparated", separator), "", 1);
        }
        // A garbled header matches no column: say why, instead of "missing required column".
        if (_headers.FirstOrDefault(h => h.Contains('\uFFFD')) is { } garbled)
            throw new FileRejectedException(Messages.Format("Import_HeaderGarbled", garbled), "", 1);
        if (_headers.Length > Options.MaxColumns)
            throw new FileRejectedException(Messages.Format("Import_FileTooManyColumns", _headers.Length, Options.MaxColumns), "", 1);
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override int HeaderRow => 1;

    // Every record counts, blank lines included, so numbers match the rows Excel shows for the file.
    public override int Row => (int)_reader.RowNumber + 1;

    public override bool Read()
    {
        try
        {
            while (_reader.Read())
            {
                if (_reader.RowNumber > Options.MaxRows)
                    throw new FileRejectedException(Messages.Format("Import_FileTooManyRows", Options.MaxRows), "", Row);
                var n = _reader.FieldCount;
                for (var i = 0; i < n; i++)
                    if (!Cell(i).IsEmpty) return true;
            }
            return false;
        }
        catch (CsvFormatException ex)
        {
            throw Unreadable(ex);
        }
    }

    /// <summary>CsvHelper's format errors (a record too long to buffer) concern the file from there on.</summary>
    private FileRejectedException Unreadable(CsvFormatException ex) => new(Messages.Format("Import_FileUnreadableAfterRow", Row, ex.Message), "", Row);

    protected override ReadOnlySpan<char> Cell(int col)
    {
        if (col < 0 || col >= _reader.FieldCount) return default;
        var bytes = _reader.GetSpan(col);
        if (bytes.IsEmpty) return default;
        if (bytes.Length > _buffer.Length) _buffer = new char[Math.Max(bytes.Length, _buffer.Length * 2)];
        var n = Encoding.UTF8.GetChars(bytes, _buffer);
        return _buffer.AsSpan(0, n).Trim();
    }

    public override void Dispose() => _reader.Dispose();
}
