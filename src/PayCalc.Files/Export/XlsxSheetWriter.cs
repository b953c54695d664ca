using System.Globalization;

namespace PayCalc.Files.Export;

/// <summary>Writes one worksheet row by row. Text is always an inline string cell and never a formula, so a name
/// such as <c>=HYPERLINK(...)</c> stays the text it is. Usage: <see cref="StartRow"/>, cells left to right,
/// <see cref="EndRow"/>; dispose to finish the sheet.</summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private static readonly string[] ColumnNames = Enumerable.Range(0, 702).Select(ColumnName).ToArray();

    private readonly StreamWriter _out;
    private readonly XlsxSheetLayout _layout;
    private readonly char[] _number = new char[32];
    private int _row;
    private int _column;
    private bool _inRow;
    private readonly bool _hasDrawing;
    private readonly List<int> _rowBreaks = [];
    private readonly List<(int Row, int First, int Last)> _merges = [];

    internal XlsxSheetWriter(StreamWriter output, XlsxSheetLayout layout, bool tabSelected, bool hasDrawing = false)
    {
        _hasDrawing = hasDrawing;
        if (layout.Columns.Count > ColumnNames.Length) throw new ArgumentException("Too many columns.", nameof(layout));
        _out = output;
        _layout = layout;
        WriteStart(tabSelected);
    }

    /// <summary>Rows written so far (the 1-based number of the last row).</summary>
    public int RowCount => _row;

    public void StartRow(double? height = null)
    {
        if (_inRow) EndRow();
        _row++;
        _column = 0;
        _inRow = true;
        _out.Write("<row r=\"");
        WriteInt(_row);
        if (height is { } h)
        {
            _out.Write("\" ht=\"");
            _out.Write(h.ToString(CultureInfo.InvariantCulture));
            _out.Write("\" customHeight=\"1");
        }
        _out.Write("\">");
    }

    public void EndRow()
    {
        if (!_inRow) return;
        _out.Write("</row>");
        _inRow = false;
    }

    /// <summary>A row with nothing in it (e.g. the cutting gap between 工资条 strips).</summary>
    public void BlankRow()
    {
        if (_inRow) EndRow();
        _row++;
    }

    public void Skip() => _column++;

    /// <summary>A manual page break below the last row written (kept by Excel and LibreOffice only with a fixed scale,
    /// see <see cref="XlsxPrintSetup"/>).</summary>
    public void RowBreak()
    {
        if (_row > 0 && (_rowBreaks.Count == 0 || _rowBreaks[^1] != _row)) _rowBreaks.Add(_row);
    }

    /// <summary>Merges columns <paramref name="firstColumn"/>..<paramref name="lastColumn"/> (0-based, inclusive) of the
    /// current row into one cell that shows the first cell's value (write the others empty, in the same style, so a
    /// border goes round the whole).</summary>
    public void Merge(int firstColumn, int lastColumn)
    {
        if (!_inRow) throw new InvalidOperationException("Call StartRow before merging cells.");
        if (firstColumn < 0 || lastColumn <= firstColumn || lastColumn >= _layout.Columns.Count)
            throw new ArgumentOutOfRangeException(nameof(lastColumn), $"Cannot merge columns {firstColumn}..{lastColumn}.");
        _merges.Add((_row, firstColumn, lastColumn));
    }

    /// <summary>Manual page breaks so far.</summary>
    public int RowBreakCount => _rowBreaks.Count;

    public void Text(string? text, XlsxStyle style = XlsxStyle.Default)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (style != XlsxStyle.Default) { StartCell(style); _out.Write("/>"); }
            _column++;
            return;
        }
        StartCell(style);
        _out.Write(" t=\"inlineStr\"><is><t");
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) _out.Write(" xml:space=\"preserve\"");
        _out.Write('>');
        XlsxText.Write(_out, text);
        _out.Write("</t></is></c>");
        _column++;
    }

    public void Number(decimal value, XlsxStyle style = XlsxStyle.Money)
    {
        StartCell(style);
        _out.Write("><v>");
        value.TryFormat(_number, out var length, default, CultureInfo.InvariantCulture);
        _out.Write(_number, 0, length);
        _out.Write("</v></c>");
        _column++;
    }

    public void Dispose()
    {
        EndRow();
        _out.Write("</sheetData>");
        if (_merges.Count > 0)
        {
            // The schema wants mergeCells right after sheetData.
            _out.Write("<mergeCells count=\"");
            WriteInt(_merges.Count);
            _out.Write("\">");
            foreach (var (row, first, last) in _merges)
            {
                _out.Write("<mergeCell ref=\"");
                _out.Write(ColumnNames[first]);
                WriteInt(row);
                _out.Write(':');
                _out.Write(ColumnNames[last]);
                WriteInt(row);
                _out.Write("\"/>");
            }
            _out.Write("</mergeCells>");
        }
        if (_layout.Print is { } print) WritePrintSetup(print);
        if (_hasDrawing) _out.Write("<drawing r:id=\"rId1\"/>");
        _out.Write("</worksheet>");
        _out.Dispose();
    }

    /// <summary>Page margins, A4 and orientation, the footer and the manual breaks, in the order the schema wants them.</summary>
    private void WritePrintSetup(XlsxPrintSetup print)
    {
        var inv = CultureInfo.InvariantCulture;
        _out.Write($"<pageMargins left=\"{print.SideMarginInches.ToString(inv)}\" right=\"{print.SideMarginInches.ToString(inv)}\" top=\"{print.TopBottomMarginInches.ToString(inv)}\" bottom=\"{print.TopBottomMarginInches.ToString(inv)}\" header=\"0.3\" footer=\"0.3\"/>");
        _out.Write("<pageSetup paperSize=\"9\"");
        if (print.Scale is { } scale) _out.Write($" scale=\"{scale.ToString(inv)}\"");
        if (print.FitToWidth) _out.Write(" fitToWidth=\"1\" fitToHeight=\"0\"");
        _out.Write(print.Landscape ? " orientation=\"landscape\"/>" : " orientation=\"portrait\"/>");
        if (print.Footer is { } footer)
        {
            _out.Write("<headerFooter><oddFooter>&amp;C");
            XlsxText.Write(_out, footer);
            _out.Write("</oddFooter></headerFooter>");
        }
        if (_rowBreaks.Count > 0)
        {
            _out.Write($"<rowBreaks count=\"{_rowBreaks.Count.ToString(inv)}\" manualBreakCount=\"{_rowBreaks.Count.ToString(inv)}\">");
            foreach (var row in _rowBreaks) _out.Write($"<brk id=\"{row.ToString(inv)}\" max=\"16383\" man=\"1\"/>");
            _out.Write("</rowBreaks>");
        }
        if (print.ColumnBreaks.Count > 0)
        {
            _out.Write($"<colBreaks count=\"{print.ColumnBreaks.Count.ToString(inv)}\" manualBreakCount=\"{print.ColumnBreaks.Count.ToString(inv)}\">");
            // A column break's id is the 0-based index of the first column of the next page.
            foreach (var column in print.ColumnBreaks) _out.Write($"<brk id=\"{(column + 1).ToString(inv)}\" max=\"1048575\" man=\"1\"/>");
            _out.Write("</colBreaks>");
        }
    }

    private void StartCell(XlsxStyle style)
    {
        if (!_inRow) throw new InvalidOperationException("Call StartRow before writing cells.");
        _out.Write("<c r=\"");
        _out.Write(ColumnNames[_column]);
        WriteInt(_row);
        _out.Write('"');
        if (style != XlsxStyle.Default)
        {
            _out.Write(" s=\"");
            WriteInt((int)style);
            _out.Write('"');
        }
    }

    private void WriteInt(int value)
    {
        value.TryFormat(_number, out var length, default, CultureInfo.InvariantCulture);
        _out.Write(_number, 0, length);
    }

    private void WriteStart(bool tabSelected)
    {
        _out.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        _out.Write(_hasDrawing
            ? $"<worksheet xmlns=\"{XlsxPackageWriter.MainNs}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            : $"<worksheet xmlns=\"{XlsxPackageWriter.MainNs}\">");
        if (_layout.Print is { FitToWidth: true }) _out.Write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        _out.Write("<sheetViews><sheetView workbookViewId=\"0\"");
        if (tabSelected) _out.Write(" tabSelected=\"1\"");
        var (rows, cols) = (_layout.FrozenRows, _layout.FrozenColumns);
        if (rows > 0 || cols > 0)
        {
            var pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
            _out.Write("><pane");
            if (cols > 0) _out.Write($" xSplit=\"{cols}\"");
            if (rows > 0) _out.Write($" ySplit=\"{rows}\"");
            _out.Write($" topLeftCell=\"{ColumnNames[cols]}{rows + 1}\" activePane=\"{pane}\" state=\"frozen\"/>");
            _out.Write($"<selection pane=\"{pane}\" activeCell=\"{ColumnNames[cols]}{rows + 1}\" sqref=\"{ColumnNames[cols]}{rows + 1}\"/></sheetView>");
        }
        else
        {
            _out.Write("/>");
        }
        var outlined = _layout.Columns.Any(c => c.OutlineLevel > 0);
        _out.Write(outlined
            ? "</sheetViews><sheetFormatPr defaultRowHeight=\"15\" outlineLevelCol=\"1\"/>"
            : "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (_layout.Columns.Count > 0)
        {
            _out.Write("<cols>");
            for (var i = 0; i < _layout.Columns.Count; i++)
            {
                var column = _layout.Columns[i];
                var width = column.Width.ToString(CultureInfo.InvariantCulture);
                _out.Write($"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{width}\"");
                if (column.Hidden) _out.Write(" hidden=\"1\"");
                _out.Write(" customWidth=\"1\"");
                if (column.OutlineLevel > 0) _out.Write($" outlineLevel=\"{column.OutlineLevel}\"");
                _out.Write("/>");
            }
            _out.Write("</cols>");
        }
        _out.Write("<sheetData>");
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
