namespace PayCalc.Files.Import;

/// <summary>A column of an input file: its English name, Chinese alias (may be empty) and whether it is required.</summary>
internal sealed record ColumnDef(string Name, string Chinese, bool Required = false);
