namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_metric</c>: one metric of one agent for one month; exactly one of the values is set.</summary>
public sealed class MetricRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    /// <summary>Period as ISO <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal? NumberValue { get; set; }
    public string? TextValue { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
