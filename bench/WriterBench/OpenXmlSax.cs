using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WriterBench;

/// <summary>DocumentFormat.OpenXml 3.3's OpenXmlWriter (SAX): the worksheet part written element by element, inline
/// strings, the same four cell styles as PayCalc's register in a stylesheet built with the SDK's classes.</summary>
internal static class OpenXmlSax
{
    private static readonly string[] ColumnNames = Enumerable.Range(0, Register.Columns).Select(ColumnName).ToArray();

    public static void Write(Stream output, Register register)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(new Pane
            {
                HorizontalSplit = 3, VerticalSplit = 2, TopLeftCell = "D3", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0, TabSelected = true }));
            var columns = new Columns();
            for (uint i = 1; i <= Register.Columns; i++) columns.Append(new Column { Min = i, Max = i, Width = i <= 3 ? 9 : 12, CustomWidth = true });
            writer.WriteElement(columns);
            writer.WriteStartElement(new SheetData());
            var r = 0;
            void Text(int column, string text, uint style)
            {
                var cell = new Cell { CellReference = ColumnNames[column] + r, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
                if (style != 0) cell.StyleIndex = style;
                writer.WriteElement(cell);
            }
            r++;
            writer.WriteStartElement(new Row { RowIndex = (uint)r });
            for (var i = 0; i < Register.Columns; i++) Text(i, Register.Groups[i], 2);
            writer.WriteEndElement();
            r++;
            writer.WriteStartElement(new Row { RowIndex = (uint)r, Height = 60, CustomHeight = true });
            for (var i = 0; i < Register.Columns; i++) Text(i, Register.Headers[i], 2);
            writer.WriteEndElement();
            foreach (var row in register.Rows())
            {
                r++;
                writer.WriteStartElement(new Row { RowIndex = (uint)r });
                var (text, money) = row.Subtotal ? (4u, 3u) : (0u, 1u);
                Text(0, row.Id, text);
                Text(1, row.Name, text);
                Text(2, row.Team, text);
                for (var v = 0; v < row.Values.Length; v++)
                    writer.WriteElement(new Cell { CellReference = ColumnNames[3 + v] + r, StyleIndex = money, CellValue = new CellValue(row.Values[v]) });
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = "工资表 Register" }));
        workbookPart.Workbook.Save();
    }

    /// <summary>0 default, 1 money, 2 header (bold, fill, border, centred, wrapped), 3 subtotal money, 4 subtotal text.</summary>
    private static Stylesheet Stylesheet()
    {
        var thin = new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin),
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat { NumberFormatId = 4, FontId = 1, FillId = 2, ApplyNumberFormat = true, ApplyFont = true, ApplyFill = true },
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true }));
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
