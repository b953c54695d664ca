using PayCalc.Domain;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;

namespace PayCalc.Rules.Compilation;

/// <summary>A plan compiled for one period: parameters fixed to the values in force, components in evaluation order.</summary>
public sealed class CompiledPlan
{
    internal CompiledPlan(PlanDefinition definition, Period period) { Definition = definition; Period = period; }

    public PlanDefinition Definition { get; }
    public Period Period { get; }

    /// <summary>Components in plan order (slot = index).</summary>
    public IReadOnlyList<CompiledComponent> Components { get; internal set; } = [];

    /// <summary>Components in an order where each comes after everything it reads.</summary>
    public IReadOnlyList<CompiledComponent> EvaluationOrder { get; internal set; } = [];

    internal IReadOnlyList<CompiledFlag> Flags { get; set; } = [];
    /// <summary>How many per-agent values explanations format (the size of each agent's format cache).</summary>
    internal int FormattedValueCount { get; set; }
    /// <summary>Facts and metrics the formulas use, with their display formatter, in order of first use.</summary>
    internal IReadOnlyList<(string Name, Func<AgentScope, string> Display)> Facts { get; set; } = [];
    internal IReadOnlyList<string> MetricNames { get; set; } = [];
    internal IReadOnlyList<string> TextMetricNames { get; set; } = [];
    internal IReadOnlyList<string> TeamMetricNames { get; set; } = [];

    /// <summary>Valid installment terms (months) when the plan names a term table, else null.</summary>
    public IReadOnlySet<int>? InstallmentTerms { get; internal set; }

    /// <summary>Scalar parameter values in force for the period, for explanations.</summary>
    public IReadOnlyDictionary<string, decimal> ParameterValues { get; internal set; } = new Dictionary<string, decimal>();
}

internal sealed record CompiledFlag(FlagDefinition Definition, Func<AgentScope, bool> When, Func<AgentScope, string> Message);
