namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_deal</c>: one imported installment deal of a run.</summary>
public sealed class DealRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string DealId { get; set; } = "";
    public string AgentId { get; set; } = "";
    public DateOnly BookedDate { get; set; }
    public decimal Amount { get; set; }
    public int TermMonths { get; set; }
    public DateOnly? CancelledDate { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
