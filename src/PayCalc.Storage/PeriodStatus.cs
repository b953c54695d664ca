namespace PayCalc.Storage;

/// <summary>Workflow status of a payroll month. Stored as lowercase text (open, calculated, approved, closed).</summary>
public enum PeriodStatus
{
    /// <summary>No run stored yet (the status of a period never seen).</summary>
    Open,
    /// <summary>A run is stored; it may be replaced by running the month again.</summary>
    Calculated,
    /// <summary>HR approved the run; running again sets it back to calculated.</summary>
    Approved,
    /// <summary>Paid and closed: the run can no longer be replaced.</summary>
    Closed,
}
