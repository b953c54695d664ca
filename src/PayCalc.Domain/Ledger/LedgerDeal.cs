namespace PayCalc.Domain.Ledger;

/// <summary>
/// One deal behind a commission or clawback line: the stored deal (id, booked, cancelled, amount, term, source row)
/// joined to the trace row the line's formula read from it (<see cref="Value"/>, the deal's own contribution, unrounded).
/// </summary>
public sealed record LedgerDeal
{
    public required Period Period { get; init; }
    public required string AgentId { get; init; }
    public required string LineCode { get; init; }
    public required LedgerKind Kind { get; init; }
    /// <summary>The deal id, or empty when no stored deal matches the trace row (then the row's own fields are shown).</summary>
    public required string DealId { get; init; }
    public required DateOnly Booked { get; init; }
    public DateOnly? Cancelled { get; init; }
    public required decimal Amount { get; init; }
    public required int TermMonths { get; init; }
    /// <summary>The deal's contribution to the line as the trace row keeps it (before any factor applied to the whole line).</summary>
    public required decimal Value { get; init; }
    /// <summary>Value per unit of amount, divided by the row's own accelerator when the row reads one (the term's rate).</summary>
    public decimal? Rate { get; init; }
    /// <summary>The accelerator the deal was paid or clawed back at: the row's own accelerator field, else the line's
    /// accelerator input; for a clawback whose row has none, the accelerator of the same deal's commission row in the
    /// booking month (when the ledger's year holds it); else null.</summary>
    public decimal? Accelerator { get; init; }
    /// <summary>The trace row as <c>TraceText.Row</c> renders it (fields, value, source).</summary>
    public required string Row { get; init; }
    public required SourceRef Source { get; init; }
}
