using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>A period the database knows, with its workflow status and its stored run (null when none).</summary>
public sealed record PeriodSummary(Period Period, PeriodStatus Status, StoredRun? Run);
