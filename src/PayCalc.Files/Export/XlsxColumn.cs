namespace PayCalc.Files.Export;

/// <summary>A worksheet column: header text (may hold a line break) and width in Excel character units.</summary>
internal sealed record XlsxColumn(string Header, double Width);
