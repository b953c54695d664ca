using System.Text;

namespace PayCalc.Files.Import;

/// <summary>
/// How an input folder is read: the text encoding of CSV files and the limits that protect the run from
/// impossible or hostile files. Every limit is a setting (<c>PayCalc:Import:*</c> in <c>appsettings.json</c>,
/// <c>PAYCALC_IMPORT__*</c>); the defaults carry their reason.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Encoding of CSV files; null detects it per file: valid UTF-8 (with or without BOM) is UTF-8, anything else
    /// is read as GB18030 (what Excel on a Chinese Windows machine saves). <c>--encoding</c> forces one.
    /// </summary>
    public Encoding? CsvEncoding { get; init; }

    /// <summary>Largest input file on disk, bytes. Default 512 MiB: a 100,000-agent month's attendance CSV is about 150 MB.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// Largest total uncompressed size of an .xlsx (a zip), bytes, checked before anything is inflated. Default 1 GiB:
    /// a full sheet of 1,048,576 rows of attendance inflates to about 200 MB; a zip bomb inflates to many GB.
    /// </summary>
    public long MaxXlsxUncompressedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Most rows in one sheet or CSV file. Default 5,000,000 (Excel's sheet limit is 1,048,576; a CSV may hold more).</summary>
    public int MaxRows { get; init; } = 5_000_000;

    /// <summary>Most columns in one sheet or CSV file. Default 256: no input kind has more than about 30.</summary>
    public int MaxColumns { get; init; } = 256;

    /// <summary>Longest text of one cell, characters. Default 32,767: Excel's own limit, so every output cell can hold it.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>
    /// Largest money amount in an input cell (a base salary, a deal, a balance, a money metric), yuan; it also caps metrics
    /// PayCalc does not know by name (they may be money). Default 10,000,000: far above any agent's monthly figure, and
    /// well inside the 15 significant digits Excel holds exactly.
    /// </summary>
    public decimal MaxAmount { get; init; } = 10_000_000m;

    /// <summary>
    /// The Chinese header of each metric column the plan declares, by metric name (<c>damage_claim</c> -> <c>赔偿金额</c>): a
    /// metrics file may head the column with either. Set from the plan by the run; empty reads English names only.
    /// </summary>
    public IReadOnlyDictionary<string, string> MetricHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>The Chinese header of each team metric the plan declares, by name (<c>refund_rate</c> -> <c>退款率</c>); see <see cref="MetricHeaders"/>.</summary>
    public IReadOnlyDictionary<string, string> TeamMetricHeaders { get; init; } = new Dictionary<string, string>();
}
