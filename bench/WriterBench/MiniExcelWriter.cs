using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace WriterBench;

/// <summary>MiniExcel 1.46: rows as dictionaries from a lazy sequence, its own header row (bold, filled: its default
/// table style) from the keys; the group labels become the first data row. MiniExcel has no per-cell style, so numbers
/// carry no #,##0.00 format (a column format would turn them into text).</summary>
internal static class MiniExcelWriter
{
    public static void Write(Stream output, Register register)
    {
        var keys = Register.Headers;
        IEnumerable<IDictionary<string, object?>> Rows()
        {
            var groups = new Dictionary<string, object?>(Register.Columns);
            for (var i = 0; i < keys.Length; i++) groups[keys[i]] = Register.Groups[i];
            yield return groups;
            foreach (var row in register.Rows())
            {
                var d = new Dictionary<string, object?>(Register.Columns)
                {
                    [keys[0]] = row.Id, [keys[1]] = row.Name, [keys[2]] = row.Team,
                };
                for (var v = 0; v < row.Values.Length; v++) d[keys[3 + v]] = row.Values[v];
                yield return d;
            }
        }
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 2,
            FreezeColumnCount = 3,
            DynamicColumns = keys.Select((k, i) => new DynamicExcelColumn(k) { Width = i < 3 ? 9 : 12 }).ToArray(),
        };
        output.SaveAs(Rows(), printHeader: true, sheetName: "工资表 Register", excelType: ExcelType.XLSX, configuration: configuration);
    }
}
