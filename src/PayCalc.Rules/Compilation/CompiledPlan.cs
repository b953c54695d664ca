using PayCalc.Domain.Payroll;
using PayCalc.Domain;
using PayCalc.Rules.Model;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>A plan compiled for one period: parameters fixed to the values in force, components in evaluation order.</summary>
public sealed class CompiledPlan
{
    internal CompiledPlan(PlanDefinition definition, Period period) { Definition = definition; Period = period; }

    public PlanDefinition Definition { get; }
    public Period Period { get; }

    /// <summary>Components in plan order (slot = index).</summary>
    public IReadOnlyList<CompiledComponent> Components { get; internal init; } = [];

    /// <summary>How many components are payslip lines (the rest are variables).</summary>
    public int LineCount { get; internal init; }

    /// <summary>Components in an order where each comes after everything it reads.</summary>
    public IReadOnlyList<CompiledComponent> EvaluationOrder { get; internal init; } = [];

    /// <summary>The plan's flags and audit checks as NRules session factories (judged after the formulas).</summary>
    internal CompiledChecks Checks { get; init; } = CompiledChecks.None;
    /// <summary>How many per-agent values explanations format (the size of each agent's format cache).</summary>
    internal int FormattedValueCount { get; init; }
    /// <summary>Facts and metrics the formulas use, with their display formatter, in order of first use.</summary>
    internal IReadOnlyList<(string Name, Func<AgentScope, string> Display)> Facts { get; init; } = [];
    internal IReadOnlyList<string> MetricNames { get; init; } = [];
    internal IReadOnlyList<string> TextMetricNames { get; init; } = [];
    internal IReadOnlyList<string> TeamMetricNames { get; init; } = [];

    /// <summary>Valid installment terms (months) when the plan names a term table, else null.</summary>
    public IReadOnlySet<int>? InstallmentTerms { get; internal init; }

    /// <summary>City profile values in force for the period, by city code, in slot order (empty without cities).</summary>
    public IReadOnlyDictionary<string, decimal[]> CityValues { get; internal init; } = new Dictionary<string, decimal[]>();

    /// <summary>City names (e.g. 上海) that the roster may use instead of the code, mapped to the code.</summary>
    public IReadOnlyDictionary<string, string> CityAliases { get; internal init; } = new Dictionary<string, string>();

    /// <summary>Line codes the plan's history reads from earlier months.</summary>
    public IReadOnlySet<string> HistoryLineCodes => Definition.History.SelectMany(h => h.Lines).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first month the history needs (January of the period's year, or any month for window: all); null without history.</summary>
    public Period? HistoryFrom => Definition.History.Count == 0 ? null
        : Definition.History.Any(h => h.Window == HistoryWindow.All) ? new Period(1900, 1) : new Period(Period.Year, 1);

    /// <summary>True when the history reads ytd opening balances (then agents employed earlier in the year need one).</summary>
    public bool UsesOpeningBalances => Definition.History.Any(h => h.Opening is not null);

    /// <summary>The city code of a roster city (code or name, case-insensitive), the default when blank, or null when unknown.</summary>
    public string? ResolveCity(string? rosterCity)
    {
        if (Definition.Cities.Count == 0) return "";
        if (string.IsNullOrWhiteSpace(rosterCity)) return Definition.DefaultCity;
        var key = rosterCity.Trim();
        return CityAliases.TryGetValue(key, out var code) ? code : null;
    }

    /// <summary>What the names the formulas read are, and the shape of each aggregate line's rows (for the trace).</summary>
    public TraceCatalog Catalog { get; internal init; } = TraceCatalog.Empty;

    /// <summary>Scalar parameter values in force for the period, for explanations.</summary>
    public IReadOnlyDictionary<string, decimal> ParameterValues { get; internal init; } = new Dictionary<string, decimal>();
}
