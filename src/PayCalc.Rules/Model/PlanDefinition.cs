namespace PayCalc.Rules.Model;

/// <summary>An immutable, validated compensation plan as read from <c>rules/plans/&lt;plan&gt;.yaml</c>.</summary>
public sealed record PlanDefinition
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required string Version { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    /// <summary>Last day the plan applies (inclusive), or null.</summary>
    public DateOnly? EffectiveTo { get; init; }
    /// <summary>1-based line of the plan's <c>effective:</c> mapping (its first key), where errors about the dates point.</summary>
    public int EffectiveLine { get; init; }
    public required string Calendar { get; init; }
    public required string File { get; init; }
    /// <summary>SHA-256 (hex) of the plan file and, after it, of every rule file it pulls in (parameter files, modules,
    /// city profiles, by path): recorded with every run, so a changed statutory rate changes the recorded hash too.</summary>
    public required string FileSha256 { get; init; }
    public PlanInputs Inputs { get; init; } = new();
    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = [];
    public IReadOnlyList<ComponentDefinition> Components { get; init; } = [];
    public IReadOnlyList<FlagDefinition> Flags { get; init; } = [];
    /// <summary>Audit checks that judge the computed month (the plan's, then each module's).</summary>
    public IReadOnlyList<CheckDefinition> Checks { get; init; } = [];
    /// <summary>Statutory city profiles (plan key <c>cities</c>); empty when the plan has none.</summary>
    public IReadOnlyList<CityProfile> Cities { get; init; } = [];
    /// <summary>The profile for agents whose roster row names no city.</summary>
    public string? DefaultCity { get; init; }
    /// <summary>1-based line of the plan's <c>cities:</c> mapping (its first key), where errors about the default city point.</summary>
    public int CitiesLine { get; init; }
    /// <summary>Values read from earlier months and the ytd opening balances (plan key <c>history</c>).</summary>
    public IReadOnlyList<HistoryDefinition> History { get; init; } = [];
    /// <summary>The plan's tiered rules as an agent's what-if shows them (plan key <c>tiers</c>).</summary>
    public IReadOnlyList<TierDefinition> Tiers { get; init; } = [];

    public bool AppliesTo(Domain.Period period) =>
        EffectiveFrom <= period.FirstDay && (EffectiveTo is null || EffectiveTo.Value >= period.LastDay);
}
