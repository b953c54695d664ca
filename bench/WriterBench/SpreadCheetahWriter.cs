using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace WriterBench;

/// <summary>SpreadCheetah 1.28: cells as value types in a reused array, styles registered once.</summary>
internal static class SpreadCheetahWriter
{
    public static async Task Write(Stream output, Register register)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { BufferSize = 1 << 16 });
        var options = new WorksheetOptions { FrozenRows = 2, FrozenColumns = 3 };
        for (var i = 1; i <= Register.Columns; i++) options.Column(i).Width = i <= 3 ? 9 : 12;
        await spreadsheet.StartWorksheetAsync("工资表 Register", options);
        var fill = System.Drawing.Color.FromArgb(0xDD, 0xEB, 0xF7);
        var header = spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true }, Fill = { Color = fill },
            Border = new Border { Left = { BorderStyle = BorderStyle.Thin }, Right = { BorderStyle = BorderStyle.Thin }, Top = { BorderStyle = BorderStyle.Thin }, Bottom = { BorderStyle = BorderStyle.Thin } },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
        });
        var money = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });
        var subtotalMoney = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00"), Font = { Bold = true }, Fill = { Color = fill } });
        var subtotalText = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = fill } });

        var cells = new Cell[Register.Columns];
        for (var i = 0; i < cells.Length; i++) cells[i] = new Cell(Register.Groups[i], header);
        await spreadsheet.AddRowAsync(cells);
        for (var i = 0; i < cells.Length; i++) cells[i] = new Cell(Register.Headers[i], header);
        await spreadsheet.AddRowAsync(cells, new RowOptions { Height = 60 });
        foreach (var row in register.Rows())
        {
            StyleId? text = row.Subtotal ? subtotalText : null;
            var number = row.Subtotal ? subtotalMoney : money;
            cells[0] = new Cell(row.Id, text);
            cells[1] = new Cell(row.Name, text);
            cells[2] = new Cell(row.Team, text);
            for (var v = 0; v < row.Values.Length; v++) cells[3 + v] = new Cell(row.Values[v], number);
            await spreadsheet.AddRowAsync(cells);
        }
        await spreadsheet.FinishAsync();
    }
}
