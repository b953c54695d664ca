using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>One agent metric as imported in a stored run (e.g. critical_errors); exactly one of the values is set.</summary>
public sealed record StoredMetricValue(Period Period, string AgentId, string Name, decimal? Number, string? Text);
