using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>Options for <see cref="PayrollWorkbookWriter"/>.</summary>
public sealed record WorkbookOptions
{
    /// <summary>The totals of the month stored before this one, which the summary sheet compares with (null: none is
    /// stored, the previous-month columns stay empty). The caller reads them from the database.</summary>
    public MonthTotals? Previous { get; init; }

    /// <summary>Excel's hard limit of rows per worksheet.</summary>
    public const int ExcelMaxRows = 1_048_576;

    private readonly int _maxRowsPerSheet = ExcelMaxRows;

    /// <summary>Rows a worksheet may hold, header rows included (default and maximum: Excel's 1,048,576).
    /// A sheet that would need more is split over continuation sheets, or (the lines sheet) written to a CSV
    /// file beside the workbook; either way the workbook's exceptions sheet and the report say so.
    /// Lowered only to exercise that behaviour in tests.</summary>
    public int MaxRowsPerSheet
    {
        get => _maxRowsPerSheet;
        init
        {
            if (value is < 4 or > ExcelMaxRows)
                throw new ArgumentOutOfRangeException(nameof(MaxRowsPerSheet), value, $"Rows per sheet must be 4-{ExcelMaxRows}.");
            _maxRowsPerSheet = value;
        }
    }
}
