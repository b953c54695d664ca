namespace PayCalc.Files.Export;

/// <summary>What <see cref="PayrollWorkbookWriter"/> wrote.</summary>
/// <param name="WorkbookPath">Full path of the <c>.xlsx</c> file.</param>
/// <param name="SheetNames">Worksheets in workbook order (continuation sheets included).</param>
/// <param name="ExtraFiles">Full paths of files written beside the workbook (e.g. <c>lines-2026-10.csv</c>
/// when the lines do not fit in one sheet); empty when everything is in the workbook.</param>
/// <param name="Notes">Plain-language notes for HR (sheets split, data moved to CSV, lines outside the plan);
/// the same notes are rows of the exceptions sheet. The CLI prints them.</param>
public sealed record WorkbookReport(
    string WorkbookPath,
    IReadOnlyList<string> SheetNames,
    IReadOnlyList<string> ExtraFiles,
    IReadOnlyList<string> Notes);
