using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// Matches a table's header cells to the kind's columns (English name or Chinese alias, case-insensitive).
/// Reports missing required and duplicated columns; lists the columns it does not know.
/// </summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public HeaderMap(TableReader table, IReadOnlyList<ColumnDef> columns, List<InputError> errors)
    {
        var byAlias = new Dictionary<string, ColumnDef>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in columns) byAlias[c.Name] = c;
        foreach (var c in columns)
        {
            if (c.Chinese.Length == 0) continue;
            // A plan's header that is already another column's name or header (月份) would take that column away.
            if (byAlias.TryGetValue(c.Chinese, out var taken) && taken.Name != c.Name)
            {
                errors.Add(new InputError(table.FileName, table.Sheet, table.HeaderRow, c.Chinese,
                    Messages.Format("Import_PlanHeaderTaken", c.Chinese, c.Name, taken.Name)));
                continue;
            }
            byAlias[c.Chinese] = c;
        }
        var headers = table.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            if (h.Length == 0) continue;
            if (!byAlias.TryGetValue(h, out var def))
            {
                Unknown.Add(i);
                continue;
            }
            if (_index.TryGetValue(def.Name, out var first))
            {
                errors.Add(new InputError(table.FileName, table.Sheet, table.HeaderRow, h,
                    Messages.Format("Import_ColumnTwice", def.Name, headers[first])));
                continue;
            }
            _index[def.Name] = i;
        }
        foreach (var c in columns)
        {
            if (c.Required && !_index.ContainsKey(c.Name))
            {
                var message = c.Chinese.Length > 0
                    ? Messages.Format("Import_MissingColumnWithAlias", c.Name, c.Chinese)
                    : Messages.Format("Import_MissingColumn", c.Name);
                errors.Add(new InputError(table.FileName, table.Sheet, table.HeaderRow, c.Name, message));
                MissingRequired = true;
            }
        }
    }

    /// <summary>Indexes of header cells that match no known column, in file order.</summary>
    public List<int> Unknown { get; } = [];

    public bool MissingRequired { get; }

    /// <summary>0-based column index of a known column, or -1 when the file does not have it.</summary>
    public int this[string name] => _index.TryGetValue(name, out var i) ? i : -1;
}
