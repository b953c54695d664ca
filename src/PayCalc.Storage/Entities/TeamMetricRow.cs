namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_team_metric</c>: one metric of one team for one month.</summary>
public sealed class TeamMetricRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string Team { get; set; } = "";
    /// <summary>Period as ISO <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal Value { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
