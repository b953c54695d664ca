using NRules;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// A plan's checks compiled into one NRules session factory per partition (agent, team, all): a session holds the
/// facts of one agent, one team or the whole month, and only the rules whose widest join fits it.
/// Each partition also lists the fact types a partition's rules read (the others are not inserted).
/// </summary>
internal sealed class CompiledChecks
{
    public static readonly CompiledChecks None = new(new Dictionary<string, CompiledCheck>(), new Dictionary<CheckKey, CheckPartition>());

    public CompiledChecks(IReadOnlyDictionary<string, CompiledCheck> byCode, IReadOnlyDictionary<CheckKey, CheckPartition> partitions)
    {
        ByCode = byCode;
        Partitions = partitions;
    }

    /// <summary>The compiled checks by code (= their rule name).</summary>
    public IReadOnlyDictionary<string, CompiledCheck> ByCode { get; }

    public IReadOnlyDictionary<CheckKey, CheckPartition> Partitions { get; }
}

/// <summary>One partition's session factory, the fact types its rules read, and which facts of those types an agent's
/// session needs (<see cref="FactSelection"/>; a team's or the month's session takes them all).</summary>
internal sealed record CheckPartition(ISessionFactory Sessions, IReadOnlySet<Type> FactTypes, FactSelection Selection);
