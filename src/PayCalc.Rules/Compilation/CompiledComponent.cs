using PayCalc.Rules.Model;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>A component turned into delegates, with what its explanation needs.</summary>
public sealed class CompiledComponent
{
    internal CompiledComponent(ComponentDefinition definition, int slot)
    {
        Definition = definition;
        Slot = slot;
    }

    public ComponentDefinition Definition { get; }
    public int Slot { get; }
    public string Code => Definition.Code;

    internal Func<AgentScope, decimal>? Amount { get; init; }
    internal Func<AgentScope, bool>? When { get; init; }
    internal Func<AgentScope, decimal>? GroupValue { get; init; }
    internal Func<AgentScope, bool>? GroupWhere { get; init; }

    /// <summary>A formula has a lambda over shifts, leave or deals: its time depends on the agent's data, so the
    /// engine times each agent's value; other formulas do a fixed amount of work, bounded at load.</summary>
    internal bool ReadsCollections { get; init; }

    /// <summary>Components this one reads (its dependencies), by code.</summary>
    public IReadOnlySet<string> Uses { get; internal init; } = new HashSet<string>();

    /// <summary>The formula as written, with the scalar names whose values the explanation substitutes.</summary>
    internal FormulaTemplate Template { get; init; } = FormulaTemplate.Empty;

    /// <summary>The names the line's explanation in words (<c>say:</c>, <c>say_en:</c>) shows.</summary>
    internal IReadOnlyList<string> SayNames { get; init; } = [];

    /// <summary>For a line that aggregates shifts, leave or deals: finds the rows behind the agent's amount.</summary>
    internal RowProbe? Rows { get; init; }
}
