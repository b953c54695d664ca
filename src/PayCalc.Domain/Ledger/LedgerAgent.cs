namespace PayCalc.Domain.Ledger;

/// <summary>An agent's reconciliation over the ledger's months: commission earned - clawed back = net commission;
/// bonuses paid; adjustments; and everything the ledger lists.</summary>
public sealed record LedgerAgent
{
    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }
    /// <summary>Sum of the commission lines (not negative).</summary>
    public required decimal CommissionEarned { get; init; }
    /// <summary>Sum of the clawback lines, as a positive amount.</summary>
    public required decimal ClawedBack { get; init; }
    public decimal NetCommission => CommissionEarned - ClawedBack;
    public required decimal BonusesPaid { get; init; }
    public required decimal Adjustments { get; init; }
    /// <summary>Net commission + bonuses + adjustments: the sum of the agent's ledger lines.</summary>
    public decimal Total => NetCommission + BonusesPaid + Adjustments;
    public required int DealCount { get; init; }
}
