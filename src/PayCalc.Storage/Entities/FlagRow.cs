namespace PayCalc.Storage.Entities;

/// <summary>Table <c>payroll_flag</c>: an exception of a run for HR to review. A blocking one stops approval until it is
/// acknowledged (who and why; when is in the audit log). Rows stored before schema 6 are warnings.</summary>
public sealed class FlagRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
    /// <summary><c>info</c>, <c>warning</c> or <c>blocking</c>.</summary>
    public string Severity { get; set; } = "warning";
    public string? AcknowledgedBy { get; set; }
    public string? AcknowledgementReason { get; set; }
}
