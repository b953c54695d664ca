namespace PayCalc.Storage.Entities;

/// <summary>
/// Table <c>adjustment</c>: a difference found by correcting a closed month, waiting to be paid (or paid) on the
/// payslip of <see cref="PaidIn"/>. Rows are never changed or deleted: the run of <see cref="PaidIn"/> adds them.
/// </summary>
public sealed class AdjustmentRow
{
    public long Id { get; set; }
    public string CorrectedPeriod { get; set; } = "";
    public string PaidIn { get; set; } = "";
    public string AgentId { get; set; } = "";
    public string LineCode { get; set; } = "";
    public string Category { get; set; } = "";
    public decimal Before { get; set; }
    public decimal After { get; set; }
    /// <summary>The audit entry of the correction that posted it.</summary>
    public long AuditEntryId { get; set; }
}
