using System.Linq.Expressions;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>The fact types a check's patterns may name, and the keys each can be joined on.</summary>
internal static class CheckFacts
{
    /// <summary>The judged payslip's declaration: every check starts from it; plan names in conditions read it.</summary>
    public const string Payslip = "payslip";

    public static readonly IReadOnlyDictionary<string, Type> Types = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [Payslip] = typeof(AgentScope),
        ["shift"] = typeof(ShiftFact),
        ["leave"] = typeof(LeaveFact),
        ["deal"] = typeof(DealFact),
        ["earlier"] = typeof(EarlierMonthFact),
    };

    /// <summary>The expression of <paramref name="key"/> on <paramref name="fact"/>, or null when that fact type has no
    /// such key (only a payslip knows its team).</summary>
    public static Expression? Key(Expression fact, CheckKey key) => key switch
    {
        CheckKey.Agent => Expression.Property(fact, "AgentId"),
        CheckKey.Team when fact.Type == typeof(AgentScope) => Expression.Property(fact, nameof(AgentScope.Team)),
        _ => null,
    };
}
