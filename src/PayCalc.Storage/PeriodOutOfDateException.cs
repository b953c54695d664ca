using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>
/// Thrown when a month would be approved or closed although an earlier month was run again after it: its run may
/// rest on the replaced figures (year-to-date income tax, quarterly and annual bonuses, clawbacks). Nothing was changed.
/// </summary>
public sealed class PeriodOutOfDateException(Period period, PeriodAction action, IReadOnlyList<Period> rerun)
    : Exception($"Period {period} was computed before {string.Join(", ", rerun)} {(rerun.Count == 1 ? "was" : "were")} run again, so its "
        + "income tax, bonuses and clawbacks may rest on replaced figures; run it again "
        + $"(paycalc run --period {period} ...), then {PeriodTransitions.Text(action)} it.")
{
    public Period Period { get; } = period;

    /// <summary>The earlier months stored again after this month's run, in order.</summary>
    public IReadOnlyList<Period> Rerun { get; } = rerun;
}
