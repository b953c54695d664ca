namespace PayCalc.Files.Export;

/// <summary>How a worksheet is set up: its columns, frozen rows/columns and whether it is laid out for printing.</summary>
internal sealed record XlsxSheetLayout(IReadOnlyList<XlsxColumn> Columns, int FrozenRows, int FrozenColumns, bool PrintLandscapeFitWidth = false);
