namespace PayCalc.Storage.Entities;

/// <summary>Table <c>schema_version</c>: the schema version the database was created with (one row).</summary>
public sealed class SchemaVersionRow
{
    public int Version { get; set; }
    /// <summary>UTC, ISO 8601.</summary>
    public string AppliedAt { get; set; } = "";
}
