using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Judging;

/// <summary>
/// Judges a computed month with the plan's checks: one NRules session per agent, per team or for the whole month
/// (each check's widest join), holding only the facts of that agent or team and only the fact types its rules read.
/// NRules compares every pair of facts of a join (no index), so small sessions are what keeps 100,000 agents fast.
/// A condition or message that fails for an agent does not stop the others: it becomes a blocking exception naming
/// the check and the agent, so the month cannot be approved on a check that was not run.
/// </summary>
internal static class MonthJudge
{
    /// <summary>The exceptions of <paramref name="scopes"/> (computed payslips), in agent order then check order.
    /// <paramref name="earlier"/> holds each agent's earlier stored months.</summary>
    public static IReadOnlyList<PayrollFlag> Judge(CompiledChecks checks, IReadOnlyList<AgentScope> scopes, ILookup<string, EarlierMonthFact> earlier)
    {
        if (checks.Partitions.Count == 0) return [];
        var found = new List<PayrollFlag>();
        foreach (var (key, partition) in checks.Partitions)
        {
            IEnumerable<IReadOnlyList<AgentScope>> groups = key switch
            {
                CheckKey.Agent => scopes.Select(s => (IReadOnlyList<AgentScope>)[s]),
                CheckKey.Team => scopes.GroupBy(s => s.Team, StringComparer.Ordinal).Select(g => (IReadOnlyList<AgentScope>)g.ToList()),
                _ => [scopes],
            };
            Parallel.ForEach(groups, () => new List<PayrollFlag>(), (group, _, local) =>
            {
                Run(checks, partition, key == CheckKey.Agent, group, earlier, local);
                return local;
            }, local => { lock (found) found.AddRange(local); });
        }
        var order = checks.ByCode.Keys.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        return found.Distinct().OrderBy(f => f.AgentId, StringComparer.Ordinal).ThenBy(f => order[f.Code]).ThenBy(f => f.Message, StringComparer.Ordinal).ToList();
    }

    private static void Run(CompiledChecks checks, CheckPartition partition, bool oneAgent, IReadOnlyList<AgentScope> group,
        ILookup<string, EarlierMonthFact> earlier, List<PayrollFlag> found)
    {
        var types = partition.FactTypes;
        var session = partition.Sessions.CreateSession();
        session.Events.RuleFiredEvent += (_, e) => found.Add(Exception(checks.ByCode[e.Rule.Name], e.Facts));
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            var agent = e.Arguments.Concat(e.Facts.Select(f => f.Value)).Select(AgentOf).FirstOrDefault(a => a is not null) ?? "";
            foreach (var rule in e.Rules) found.Add(Failed(checks.ByCode[rule.Name], agent, e.Exception));
        };
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        var facts = new List<object>(group.Count * 8);
        foreach (var s in group)
        {
            facts.Add(s);
            // An agent's session takes one witness shift per exists/not pattern when that is all its rules ask.
            if (types.Contains(typeof(ShiftFact)))
                if (oneAgent) partition.Selection.Select(s, s.Shifts, facts);
                else foreach (var x in s.Shifts) facts.Add(x);
            if (types.Contains(typeof(LeaveFact))) facts.AddRange(s.Leave);
            if (types.Contains(typeof(DealFact))) facts.AddRange(s.Deals);
            if (types.Contains(typeof(EarlierMonthFact))) facts.AddRange(earlier[s.AgentId]);
        }
        session.InsertAll(facts);
        session.Fire();
    }

    private static PayrollFlag Exception(CompiledCheck check, IEnumerable<IFactMatch> match)
    {
        var facts = match.ToDictionary(f => f.Declaration.Name, f => f.Value!, StringComparer.Ordinal);
        var agent = ((AgentScope)facts[CheckFacts.Payslip]).AgentId;
        try
        {
            return new PayrollFlag(agent, check.Code, check.Message(facts), check.Severity);
        }
        catch (Exception ex) when (ex is RuleEvaluationException or DivideByZeroException or OverflowException or InvalidOperationException)
        {
            return Failed(check, agent, ex);
        }
    }

    private static PayrollFlag Failed(CompiledCheck check, string agent, Exception? ex) =>
        new(agent, check.Code, RuleMessages.Format("Check_NotEvaluated", check.Code, agent, (ex?.InnerException ?? ex) is { } e ? RuleMessages.Of(e).Split('\n')[0].Trim() : ""), FlagSeverity.Blocking);

    private static string? AgentOf(object? fact) => fact switch
    {
        AgentScope s => s.AgentId,
        DealFact d => d.AgentId,
        LeaveFact l => l.AgentId,
        ShiftFact s => s.AgentId,
        EarlierMonthFact e => e.AgentId,
        _ => null,
    };
}
