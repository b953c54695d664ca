namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_leave</c>: one imported leave entry of a run.</summary>
public sealed class LeaveRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>personal | annual | sick.</summary>
    public string LeaveType { get; set; } = "";
    public decimal Hours { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
