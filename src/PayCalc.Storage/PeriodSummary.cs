using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>A period the database knows, with its workflow status and its stored run (null when none).</summary>
public sealed record PeriodSummary(Period Period, PeriodStatus Status, StoredRun? Run)
{
    /// <summary>Earlier months run again after this month's run: while any are listed, this month is out of date
    /// (approve and close refuse it) until it is run again.</summary>
    public IReadOnlyList<Period> EarlierMonthsRunAgain { get; init; } = [];
}
