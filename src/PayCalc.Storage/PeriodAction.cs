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
    /// <summary>Recompute a closed month from corrected inputs and post the differences to the next open month
    /// (<c>paycalc correct</c>); allowed only on a closed month, which keeps its status and payslips.</summary>
    Correct,
}
