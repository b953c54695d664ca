namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run</c>: one stored calculation of a period (at most one per period).</summary>
public sealed class RunRow
{
    public long Id { get; set; }
    /// <summary>Period as ISO <c>yyyy-MM</c>; unique.</summary>
    public string Period { get; set; } = "";
    public string PlanCode { get; set; } = "";
    public string PlanVersion { get; set; } = "";
    /// <summary>SHA-256 (hex) of the plan file used.</summary>
    public string PlanSha256 { get; set; } = "";
    /// <summary>When the run was stored, UTC, ISO 8601 round-trip text.</summary>
    public string CreatedAt { get; set; } = "";
    public int AgentCount { get; set; }
    public decimal GrossTotal { get; set; }
    public decimal NetTotal { get; set; }
    /// <summary>Run settings (culture, ...) as a compact JSON object of name to text.</summary>
    public string Settings { get; set; } = "{}";
    /// <summary>The plan's scalar parameters in force, as a compact JSON object of name to display text.</summary>
    public string Parameters { get; set; } = "{}";
    /// <summary>Facts with the same value on every payslip of the run (the month's working days, a city's rates when
    /// everyone works there, ...), kept once here instead of on each payslip; JSON object of name to display text.</summary>
    public string CommonFacts { get; set; } = "{}";
    /// <summary>
    /// The trace's shared part (schema 4): what each name the formulas read is (kind; a parameter's source, location and
    /// in-force date; the months a history value read) and the shape of each aggregate line's rows, as JSON.
    /// </summary>
    public string TraceCatalog { get; set; } = "{}";
    /// <summary>
    /// The schema version the run was stored with. A run stored before schema 4 (3 after the upgrade) has no opening
    /// balances, roster tax flags or contract terms in the database, and no trace catalog or rows.
    /// </summary>
    public int StoredSchema { get; set; } = PayCalcDbContext.SchemaVersion;
}
