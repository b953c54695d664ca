namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_shift</c>: one imported shift of a run.</summary>
public sealed class ShiftRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? Code { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public int BreakMinutes { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
