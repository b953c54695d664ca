using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Runtime;

/// <summary>
/// Input problems only the plan can see (files are plan-agnostic): a missing metrics or team_metrics row when the plan
/// requires one, a metric outside its declared unit (a negative or fractional count), a city without a statutory
/// profile, an installment term the plan does not pay. Reported like import errors, with file and row. Safe on the input of an import that found errors (rows that failed are absent): it runs anyway, so that HR gets these
/// problems with the import's in one go, and a row the import rejected (<see cref="PayrollInput.Rejected"/>) is not
/// reported again as missing.
/// </summary>
public static class PlanInputCheck
{
    public static IReadOnlyList<InputError> Check(CompiledPlan plan, PayrollInput input)
    {
        var errors = new List<InputError>();
        var period = plan.Period;
        if (plan.Definition.Inputs.MetricsRequired)
        {
            var metricsFile = input.Files.FirstOrDefault(f => f.Kind == "metrics")?.Path ?? "metrics";
            var withMetrics = input.Metrics.Where(m => m.Period == period).Select(m => m.AgentId).ToHashSet(StringComparer.Ordinal);
            foreach (var a in input.Agents.Where(a => a.IsEmployedIn(period)).OrderBy(a => a.AgentId, StringComparer.Ordinal))
                if (!withMetrics.Contains(a.AgentId) && !input.Rejected.Covers("metrics", a.AgentId))
                    errors.Add(new InputError(metricsFile, "", 0, "agent_id", RuleMessages.Format("Input_NoMetricsRow", a.AgentId, period), a.AgentId));
        }
        CheckMetricUnits(plan, input, errors);
        if (plan.Definition.Inputs.TeamMetricsRequired) CheckTeamMetrics(plan, input, errors);
        if (plan.Definition.Cities.Count > 0)
        {
            var known = string.Join(", ", plan.Definition.Cities.Select(c => $"{c.Code} ({c.Name})"));
            foreach (var a in input.Agents.Where(a => a.IsEmployedIn(period) && plan.ResolveCity(a.City) is null).OrderBy(a => a.AgentId, StringComparer.Ordinal))
                errors.Add(new InputError(a.Source.File.Length > 0 ? a.Source.File : "agents", a.Source.Sheet, a.Source.Row, "city",
                    RuleMessages.Format("Input_NoCityProfile", a.AgentId, known), a.City));
        }
        if (plan.InstallmentTerms is { } terms)
        {
            var paid = string.Join(", ", terms.Order());
            foreach (var d in input.Deals.Where(d => !terms.Contains(d.TermMonths)))
                errors.Add(new InputError(d.Source.File, d.Source.Sheet, d.Source.Row, "term_months",
                    RuleMessages.Format("Input_UnknownTerm", d.DealId, paid), d.TermMonths.ToString()));
        }
        return errors;
    }

    /// <summary>
    /// A metric the plan declares as a count is a whole number from 0; as money, hours or days it is not negative. The
    /// import checks the metrics it knows by name; this covers any other metric by the unit the plan gives it.
    /// </summary>
    private static void CheckMetricUnits(CompiledPlan plan, PayrollInput input, List<InputError> errors)
    {
        var bounded = plan.Definition.Inputs.Metrics.Where(m => m.Value is Unit.Count or Unit.Money or Unit.Hours or Unit.Days).ToArray();
        if (bounded.Length == 0) return;
        foreach (var row in input.Metrics)
        {
            foreach (var (name, unit) in bounded)
            {
                if (!row.Numbers.TryGetValue(name, out var v)) continue;
                var whole = unit == Unit.Count;
                if (v >= 0 && (!whole || v == decimal.Truncate(v))) continue;
                errors.Add(new InputError(row.Source.File, row.Source.Sheet, row.Source.Row, name,
                    whole ? RuleMessages.Format("Input_MetricCount", row.AgentId, name) : RuleMessages.Format("Input_MetricUnit", row.AgentId, name, unit.ToString().ToLowerInvariant()),
                    v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>Every team with an employed agent needs a team_metrics row with every metric the plan reads.</summary>
    private static void CheckTeamMetrics(CompiledPlan plan, PayrollInput input, List<InputError> errors)
    {
        var period = plan.Period;
        var file = input.Files.FirstOrDefault(f => f.Kind == "team_metrics")?.Path ?? "team_metrics";
        var rows = input.TeamMetrics.Where(t => t.Period == period).ToDictionary(t => t.Team, StringComparer.Ordinal);
        var teams = input.Agents.Where(a => a.IsEmployedIn(period))
            .GroupBy(a => a.Team, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var team in teams)
        {
            if (!rows.TryGetValue(team.Key, out var row))
            {
                if (input.Rejected.Covers("team_metrics", team.Key)) continue;
                errors.Add(new InputError(file, "", 0, "team",
                    RuleMessages.Format("Input_NoTeamMetricsRow", team.Key, team.Count(), period), team.Key));
                continue;
            }
            foreach (var name in plan.Definition.Inputs.TeamMetrics.Where(n => !row.Numbers.ContainsKey(n)))
                errors.Add(new InputError(row.Source.File, row.Source.Sheet, row.Source.Row, name,
                    RuleMessages.Format("Input_NoTeamMetric", team.Key, name, period)));
        }
    }
}
