namespace PayCalc.Application;

/// <summary>
/// What verifying a stored month found: every difference between the stored payslips and their recomputation from the
/// stored input and rules, or the problems that kept it from being recomputed.
/// </summary>
public sealed record VerifyOutcome
{
    /// <summary>Why the month could not be verified (no run, no snapshot, rules or input that do not load); empty when it was.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Remarks of the recomputation (e.g. it used another plan than the run's).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Stored payslips compared.</summary>
    public int Payslips { get; init; }

    /// <summary>Stored lines compared (gross and net not counted).</summary>
    public int Lines { get; init; }

    /// <summary>Where stored and recomputed disagree, by agent id then line order.</summary>
    public IReadOnlyList<PayslipDifference> Differences { get; init; } = [];

    /// <summary>Recomputed and identical to the cent, line by line.</summary>
    public bool Identical => Problems.Count == 0 && Differences.Count == 0;
}
