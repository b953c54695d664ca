namespace PayCalc.Files.Export;

/// <summary>How a worksheet is set up: its columns, frozen rows/columns and, for a sheet meant to be printed, its page setup.</summary>
internal sealed record XlsxSheetLayout(IReadOnlyList<XlsxColumn> Columns, int FrozenRows, int FrozenColumns, XlsxPrintSetup? Print = null);
