namespace PayCalc.Rules.Runtime;

/// <summary>What <see cref="PayrollEngine"/> keeps of each payslip besides its amounts.</summary>
public enum PayslipDetail
{
    /// <summary>Everything a payslip shows and explains: each line's explanation, the variables, the facts and the rows
    /// behind aggregate lines (a run, a preview, an explanation).</summary>
    Full,

    /// <summary>The lines' amounts, gross, net and employer cost only, for callers that compare or add up amounts
    /// (verify, simulate): no explanation is rendered, no variable, fact or row kept. The amounts are the same.</summary>
    AmountsOnly,
}
