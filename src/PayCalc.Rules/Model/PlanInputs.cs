namespace PayCalc.Rules.Model;

/// <summary>What a plan reads from the input files beyond the roster and attendance.</summary>
public sealed record PlanInputs
{
    /// <summary>Numeric metric columns the plan uses, with their units.</summary>
    public IReadOnlyDictionary<string, Unit> Metrics { get; init; } = new Dictionary<string, Unit>();
    /// <summary>
    /// The header a metrics file may use for a metric instead of its name (<c>damage_claim: { unit: money, header: 赔偿金额 }</c>),
    /// by metric name; only metrics that declare one. Unique within the file, and never another metric's name.
    /// </summary>
    public IReadOnlyDictionary<string, string> MetricHeaders { get; init; } = new Dictionary<string, string>();
    /// <summary>Text metric columns (e.g. pa_rating).</summary>
    public IReadOnlyList<string> TextMetrics { get; init; } = [];
    /// <summary>Team metric columns (team_metrics file).</summary>
    public IReadOnlyList<string> TeamMetrics { get; init; } = [];
    /// <summary>The header a team_metrics file may use for a team metric instead of its name, by name (see <see cref="MetricHeaders"/>).</summary>
    public IReadOnlyDictionary<string, string> TeamMetricHeaders { get; init; } = new Dictionary<string, string>();
    /// <summary>
    /// A team with an employed agent but no team_metrics row for the month, or a row without one of the
    /// <see cref="TeamMetrics"/> columns, stops the run (a blank cell is not a zero).
    /// </summary>
    public bool TeamMetricsRequired { get; init; }
    /// <summary>An employed agent without a metrics row stops the run.</summary>
    public bool MetricsRequired { get; init; }
    /// <summary>Table parameter whose keys are the valid installment terms (months); null when the plan has no sales.</summary>
    public string? InstallmentTermsFrom { get; init; }
}
