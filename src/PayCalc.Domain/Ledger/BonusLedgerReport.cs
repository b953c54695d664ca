namespace PayCalc.Domain.Ledger;

/// <summary>The bonus ledger of a year: its lines and deals in month, agent and plan order, and one reconciliation per agent.</summary>
public sealed record BonusLedgerReport
{
    public required int Year { get; init; }
    /// <summary>The months of the year that have a stored run.</summary>
    public required IReadOnlyList<Period> Months { get; init; }
    public required IReadOnlyList<LedgerLine> Lines { get; init; }
    public required IReadOnlyList<LedgerDeal> Deals { get; init; }
    public required IReadOnlyList<LedgerAgent> Agents { get; init; }
}
