namespace PayCalc.Domain.Inputs;

public enum LeaveType
{
    /// <summary>事假: unpaid.</summary>
    Personal,
    /// <summary>年假: paid.</summary>
    Annual,
    /// <summary>病假: paid in the reference plans.</summary>
    Sick,
}
