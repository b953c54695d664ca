namespace PayCalc.Application;

/// <summary>
/// One figure on which a stored payslip and its recomputation disagree: a line (by code; an adjustment line met a
/// second time is <c>adjustment#2</c>), <c>gross</c> or <c>net</c>. Null on the side that does not have it, and for a
/// payslip present on one side only <see cref="Line"/> is <c>(payslip)</c> with its net.
/// </summary>
public sealed record PayslipDifference(string AgentId, string Line, decimal? Stored, decimal? Recomputed)
{
    /// <summary>The <see cref="Line"/> of a payslip present on one side only.</summary>
    public const string WholePayslip = "(payslip)";
}
