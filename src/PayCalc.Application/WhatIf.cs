using PayCalc.Domain;

namespace PayCalc.Application;

/// <summary>
/// What an agent asks "what if" about, on top of the month-to-date preview: extra overtime hours, extra night shifts,
/// one extra sale (amount and term), and KPI inputs given instead of the preview's (by the plan's metric names, e.g.
/// <c>aht_seconds</c>, <c>calls_handled</c>, <c>qa_score</c>). Nothing here is stored.
/// </summary>
public sealed record WhatIf
{
    public decimal ExtraOvertimeHours { get; init; }
    public int ExtraNightShifts { get; init; }
    public decimal ExtraSales { get; init; }
    public int? ExtraSalesTermMonths { get; init; }
    public IReadOnlyDictionary<string, decimal> Metrics { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    public bool IsEmpty => ExtraOvertimeHours == 0m && ExtraNightShifts == 0 && ExtraSales == 0m && Metrics.Count == 0;
}

/// <summary>
/// How a what-if turns the agent's answers into input rows, and the bounds an answer must keep. These describe the
/// what-if's questions, not pay rules (the plan decides what the rows are worth); the page says each one.
/// </summary>
public sealed record WhatIfAssumptions
{
    public static readonly WhatIfAssumptions Default = new();

    /// <summary>Extra overtime hours are worked as day shifts from this time, at most <see cref="MaxHoursPerDay"/> a day, no break.</summary>
    public TimeOnly DayShiftStart { get; init; } = new(9, 0);
    public int MaxHoursPerDay { get; init; } = 8;
    /// <summary>An extra night shift: start, end (next morning) and break.</summary>
    public TimeOnly NightShiftStart { get; init; } = new(22, 0);
    public TimeOnly NightShiftEnd { get; init; } = new(6, 0);
    public int NightShiftBreakMinutes { get; init; } = 60;
    public decimal MaxExtraOvertimeHours { get; init; } = 100m;
    public int MaxExtraNightShifts { get; init; } = 31;
    public decimal MaxExtraSales { get; init; } = 10_000_000m;
    /// <summary>The largest value an amount, duration or count metric may be given (a score is 0-100).</summary>
    public decimal MaxMetricValue { get; init; } = 10_000_000m;
}

/// <summary>The distance from the agent's value to the next tier of one of the plan's tiered rules (plan key <c>tiers</c>).</summary>
/// <param name="Code">The tier's code in the plan.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="MeasureCode">The variable or line it is measured on.</param>
/// <param name="Measure">The value the rule is measured on (e.g. the month's sales volume, the KPI score).</param>
/// <param name="Current">What the agent's tier gives now (null: below every tier / threshold not reached).</param>
/// <param name="NextThreshold">Where the next tier begins, null at the top tier.</param>
/// <param name="NextValue">What the next tier gives (null when the plan does not say).</param>
/// <param name="Distance">How much more of the measure reaches it (for an <c>above</c> tier: more than this).</param>
/// <param name="NextExclusive">The next tier begins above its threshold, not at it.</param>
/// <param name="Text">The sentence the page shows, in the current language.</param>
public sealed record TierDistance(string Code, string Name, string NameEn, string MeasureCode, decimal Measure, decimal? Current,
    decimal? NextThreshold, decimal? NextValue, decimal? Distance, bool NextExclusive, string Text);

/// <summary>An agent's estimate of the previewed month: the preview's figures, and with a what-if its figures too.</summary>
public sealed record Estimate
{
    public required Period Period { get; init; }
    /// <summary>The last day the preview's input has attendance for.</summary>
    public required DateOnly DataAsOf { get; init; }
    public required string CreatedAt { get; init; }
    /// <summary>The month so far, as the preview's data gives it.</summary>
    public required PayslipPage SoFar { get; init; }
    /// <summary>The same with the what-if's changes; null without a what-if.</summary>
    public PayslipPage? WhatIf { get; init; }
    /// <summary>The tiers measured on the what-if's figures (the preview's without one).</summary>
    public required IReadOnlyList<TierDistance> Tiers { get; init; }
    /// <summary>What the estimate assumed, one sentence each, in the current language.</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }
    /// <summary>The metrics a what-if may give (the plan's numeric metrics) with the agent's preview values.</summary>
    public required IReadOnlyList<EstimateMetric> Metrics { get; init; }
    /// <summary>The installment terms a sale may have (empty: any whole number of months).</summary>
    public required IReadOnlyList<int> Terms { get; init; }
}

/// <summary>A metric a what-if may give: its name in the plan, its Chinese column header (or the name), the preview's value.</summary>
public sealed record EstimateMetric(string Name, string Header, decimal Value);

/// <summary>The answer to an estimate request: the estimate, or the problems of the what-if (nothing computed).</summary>
public sealed record EstimateOutcome(Estimate? Estimate, IReadOnlyList<string> Problems)
{
    public static EstimateOutcome Of(Estimate estimate) => new(estimate, []);
    public static EstimateOutcome Invalid(IReadOnlyList<string> problems) => new(null, problems);
}
