namespace PayCalc.Storage.Entities;

/// <summary>Table <c>period_state</c>: the workflow status of one payroll month. No row means open.</summary>
public sealed class PeriodStateRow
{
    /// <summary>Period as ISO <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";
    /// <summary>open | calculated | approved | closed.</summary>
    public string Status { get; set; } = "";
}
