namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_metric</c>: one agent's metrics row for one month, as imported.</summary>
public sealed class MetricRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    /// <summary>Period as ISO <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";
    /// <summary>Numeric metrics as a JSON object of name to exact text.</summary>
    public string Numbers { get; set; } = "{}";
    /// <summary>Text metrics (e.g. pa_rating) as a JSON object of name to text.</summary>
    public string Texts { get; set; } = "{}";
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
