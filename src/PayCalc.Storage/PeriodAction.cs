namespace PayCalc.Storage;

/// <summary>A step of the payroll month's workflow: open -> calculated (run) -> approved -> closed.</summary>
public enum PeriodAction
{
    /// <summary>Compute and store the month (<c>paycalc run</c>); allowed from open, calculated and approved.</summary>
    Run,
    /// <summary>HR signs the calculated run off (<c>paycalc approve</c>); allowed only from calculated.</summary>
    Approve,
    /// <summary>The month is paid and frozen (<c>paycalc close</c>); allowed only from approved.</summary>
    Close,
}
