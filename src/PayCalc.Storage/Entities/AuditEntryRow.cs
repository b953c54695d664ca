namespace PayCalc.Storage.Entities;

/// <summary>Table <c>audit_entry</c>: who ran which command on which period, and when (UTC, ISO 8601).</summary>
public sealed class AuditEntryRow
{
    public long Id { get; set; }
    public string Time { get; set; } = "";
    public string User { get; set; } = "";
    public string Command { get; set; } = "";
    public string? Period { get; set; }
    public string Detail { get; set; } = "";
}
