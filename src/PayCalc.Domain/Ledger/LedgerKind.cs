namespace PayCalc.Domain.Ledger;

/// <summary>What a bonus-ledger line is (see <c>BonusLedger</c> for the rule that picks and classifies the lines).</summary>
public enum LedgerKind
{
    /// <summary>An earning line computed from the month's deals whose amount is not negative.</summary>
    Commission,
    /// <summary>An earning line computed from the month's deals whose amount is negative (commission given back).</summary>
    Clawback,
    /// <summary>An earning line that reads earlier months or the agent's year or quarter (quarterly, annual bonus).</summary>
    Bonus,
    /// <summary>A correction of a closed month paid in a later one.</summary>
    Adjustment,
}
