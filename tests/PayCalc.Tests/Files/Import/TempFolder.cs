using System.Text;
using OfficeOpenXml;

namespace PayCalc.Tests.Files.Import;

/// <summary>A temporary folder for test input files, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "paycalc-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Csv(string name, IEnumerable<string> lines, bool bom = false) =>
        System.IO.File.WriteAllText(File(name), string.Join("\n", lines) + "\n", new UTF8Encoding(bom));

    /// <summary>Writes rows (first row = header) to the first sheet; null leaves a cell empty.</summary>
    public void Xlsx(string name, string sheet, IEnumerable<object?[]> rows)
    {
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add(sheet);
        var r = 1;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] is null) continue;
                ws.Cells[r, c + 1].Value = row[c];
                if (row[c] is DateTime) ws.Cells[r, c + 1].Style.Numberformat.Format = "yyyy-mm-dd";
            }
            r++;
        }
        package.SaveAs(new FileInfo(File(name)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
