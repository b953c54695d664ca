namespace PayCalc.Domain.Inputs;

/// <summary>An installment deal sold by an agent; amount in CNY, term in months.</summary>
public sealed record Deal
{
    public required string DealId { get; init; }
    public required string AgentId { get; init; }
    public required DateOnly BookedDate { get; init; }
    public required decimal Amount { get; init; }
    public required int TermMonths { get; init; }
    public DateOnly? CancelledDate { get; init; }
    public SourceRef Source { get; init; } = SourceRef.None;
}
