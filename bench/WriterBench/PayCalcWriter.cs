using PayCalc.Files.Export;

namespace WriterBench;

/// <summary>PayCalc's XlsxPackageWriter/XlsxSheetWriter, as the register uses them.</summary>
internal static class PayCalcWriter
{
    public static void Write(Stream output, Register register)
    {
        var columns = Register.Headers.Select((h, i) => new XlsxColumn(h, i < 3 ? 9 : 12)).ToList();
        using var package = new XlsxPackageWriter(output, ["工资表 Register"], new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        using var sheet = package.BeginSheet(new XlsxSheetLayout(columns, FrozenRows: 2, FrozenColumns: 3));
        sheet.StartRow();
        foreach (var g in Register.Groups) sheet.Text(g, XlsxStyle.GroupLabel);
        sheet.StartRow(60);
        foreach (var h in Register.Headers) sheet.Text(h, XlsxStyle.Header);
        foreach (var row in register.Rows())
        {
            sheet.StartRow();
            var (text, money) = row.Subtotal ? (XlsxStyle.SubtotalText, XlsxStyle.SubtotalMoney) : (XlsxStyle.Default, XlsxStyle.Money);
            sheet.Text(row.Id, text);
            sheet.Text(row.Name, text);
            sheet.Text(row.Team, text);
            foreach (var v in row.Values) sheet.Number(v, money);
            sheet.EndRow();
        }
    }
}
