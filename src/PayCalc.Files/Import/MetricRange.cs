namespace PayCalc.Files.Import;

/// <summary>
/// The values a known metric column can hold by its definition (data contract, plan headers): a count is a whole
/// number from 0, a rate a fraction 0-1, a QA score 0-100, a DSR score 0-5, a duration or an amount from 0. These are
/// what the column means, not business targets, so they are constants; an amount's upper end is the setting
/// <see cref="ImportOptions.MaxAmount"/>. A rate given as a percentage (95 for 0.95) would pass every "at least" target.
/// </summary>
internal sealed record MetricRange(decimal Min, decimal? Max, bool Whole, bool Money, string MeaningKey)
{
    private static readonly MetricRange Count = new(0, null, Whole: true, Money: false, "Metric_Count");
    private static readonly MetricRange Duration = new(0, null, Whole: false, Money: false, "Metric_Duration");
    private static readonly MetricRange Rate = new(0, 1, Whole: false, Money: false, "Metric_Rate");
    private static readonly MetricRange Amount = new(0, null, Whole: false, Money: true, "Metric_Amount");

    /// <summary>Known metrics of the metrics and team_metrics files, by English name.</summary>
    public static readonly IReadOnlyDictionary<string, MetricRange> Known = new Dictionary<string, MetricRange>(StringComparer.Ordinal)
    {
        ["calls_handled"] = Count,
        ["aht_seconds"] = Duration,
        ["qa_score"] = new(0, 100, Whole: false, Money: false, "Metric_QaScore"),
        ["noncritical_errors"] = Count,
        ["critical_errors"] = Count,
        ["repeat_order_amount"] = Amount,
        ["conversion_rate"] = Rate,
        ["response_seconds"] = Duration,
        ["response_rate"] = Rate,
        ["damage_claim"] = Amount,
        ["refund_rate"] = Rate,
        ["avg_refund_hours"] = Duration,
        ["disputes"] = Count,
        ["dsr"] = new(0, 5, Whole: false, Money: false, "Metric_DsrScore"),
        ["internal_complaints"] = Count,
    };

    /// <summary>True when <paramref name="value"/> is in range (an amount's upper end is checked apart).</summary>
    public bool Contains(decimal value) =>
        value >= Min && (Max is not { } max || value <= max) && (!Whole || value == decimal.Truncate(value));
}
