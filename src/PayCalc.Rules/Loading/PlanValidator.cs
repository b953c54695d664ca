using System.Text.RegularExpressions;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Checks the meaning of a read plan, across files: its effective dates are in order, parameters' tiers and brackets are ordered and continuous
/// (<see cref="ParameterValidator"/>), every name is well formed and defined once, history reads payslip lines that
/// exist, inputs name what they refer to, the default city has a profile and all city profiles define the same plain
/// values.
/// Expressions (names used, units, cycles) are checked by the compiler.
/// </summary>
internal static partial class PlanValidator
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    public static void Validate(PlanDefinition plan, List<RuleError> errors)
    {
        CheckEffective(plan, errors);
        ParameterValidator.Validate(plan.Parameters.Concat(plan.Cities.SelectMany(c => c.Parameters)), errors);
        CheckDefaultCity(plan, errors);
        CheckCities(plan.Cities, errors);
        CheckNames(plan, errors);
        CheckInputs(plan, errors);
        CheckHistory(plan, errors);
        TierReader.Validate(plan, errors);
    }

    private static void CheckEffective(PlanDefinition plan, List<RuleError> errors)
    {
        if (plan.EffectiveTo is { } to && to < plan.EffectiveFrom)
            errors.Add(new RuleError(plan.File, plan.EffectiveLine, plan.Code, RuleMessages.Format("Plan_EffectiveOrder", RuleMessages.Iso(to), RuleMessages.Iso(plan.EffectiveFrom))));
    }

    /// <summary>Agents whose roster row names no city get the default city's profile, so it must exist.</summary>
    private static void CheckDefaultCity(PlanDefinition plan, List<RuleError> errors)
    {
        if (plan.Cities.Count > 0 && plan.Cities.All(c => c.Code != plan.DefaultCity))
            errors.Add(new RuleError(plan.File, plan.CitiesLine, plan.Code,
                RuleMessages.Format("Plan_DefaultCity", plan.DefaultCity, string.Join(", ", plan.Cities.Select(c => c.Code)))));
    }

    /// <summary>A formula reads a city parameter by name whatever the agent's city, so every profile needs every name.</summary>
    private static void CheckCities(IReadOnlyList<CityProfile> profiles, List<RuleError> errors)
    {
        foreach (var profile in profiles)
            foreach (var p in profile.Parameters.Where(p => p is not ValueParameter))
                errors.Add(new RuleError(profile.File, p.Line, p.Name, RuleMessages.Get("Plan_CityParamTyped")));
        var allNames = profiles.SelectMany(p => p.Parameters.Select(x => x.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var profile in profiles)
            foreach (var missing in allNames.Where(n => profile.Parameters.All(x => x.Name != n)).Order(StringComparer.Ordinal))
            {
                var other = profiles.First(p => p.Parameters.Any(x => x.Name == missing));
                errors.Add(new RuleError(profile.File, 1, missing,
                    RuleMessages.Format("Plan_CityMissingParam", profile.Code, missing, other.File)));
            }
    }

    /// <summary>Parameters, history values, components and metrics share one namespace: formulas name them alike.</summary>
    private static void CheckNames(PlanDefinition plan, List<RuleError> errors)
    {
        var seen = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        void Claim(string name, string file, int line, string what)
        {
            if (!IdentifierPattern().IsMatch(name))
                errors.Add(new RuleError(file, line, name, RuleMessages.Format("Plan_BadName", what, name)));
            else if (!seen.TryAdd(name, (file, line)))
                errors.Add(new RuleError(file, line, name, RuleMessages.Format("Plan_DefinedTwice", what, name, seen[name].File, seen[name].Line)));
        }
        foreach (var p in plan.Parameters) Claim(p.Name, p.File, p.Line, RuleMessages.Get("Word_Parameter"));
        if (plan.Cities.Count > 0)
            foreach (var p in plan.Cities[0].Parameters) Claim(p.Name, p.File, p.Line, RuleMessages.Get("Word_CityParameter"));
        foreach (var h in plan.History) Claim(h.Name, h.File, h.Line, RuleMessages.Get("Word_HistoryValue"));
        foreach (var c in plan.Components) Claim(c.Code, c.File.Length > 0 ? c.File : plan.File, c.Line, RuleMessages.Get("Word_Component"));
        foreach (var m in plan.Inputs.Metrics.Keys) Claim(m, plan.File, 1, RuleMessages.Get("Word_Metric"));
        foreach (var m in plan.Inputs.TextMetrics) Claim(m, plan.File, 1, RuleMessages.Get("Word_TextMetric"));
        foreach (var m in plan.Inputs.TeamMetrics) Claim("team_" + m, plan.File, 1, RuleMessages.Get("Word_TeamMetric"));
        foreach (var city in plan.Cities)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in city.Parameters.Where(p => !names.Add(p.Name)))
                errors.Add(new RuleError(city.File, p.Line, p.Name, RuleMessages.Format("Plan_CityParamTwice", p.Name)));
        }
        var flagCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in plan.Flags)
            if (!flagCodes.Add(f.Code)) errors.Add(new RuleError(f.File.Length > 0 ? f.File : plan.File, f.Line, f.Code, RuleMessages.Format("Plan_FlagTwice", f.Code)));
        // A check's exceptions sit next to the flags' under the same codes (acknowledged by code): one namespace.
        foreach (var c in plan.Checks)
            if (!flagCodes.Add(c.Code)) errors.Add(new RuleError(c.File.Length > 0 ? c.File : plan.File, c.Line, c.Code, RuleMessages.Format("Plan_CheckTwice", c.Code)));
    }

    private static void CheckInputs(PlanDefinition plan, List<RuleError> errors)
    {
        if (plan.Inputs.TeamMetricsRequired && plan.Inputs.TeamMetrics.Count == 0)
            errors.Add(new RuleError(plan.File, 1, plan.Code, RuleMessages.Get("Plan_TeamMetricsRequired")));
        if (plan.Inputs.InstallmentTermsFrom is { } t && !plan.Parameters.Any(p => p.Name == t && p is TableParameter))
            errors.Add(new RuleError(plan.File, 1, t, RuleMessages.Format("Plan_InstallmentTerms", t)));
    }

    /// <summary>Only payslip lines are stored, so a history value can read nothing else from earlier months.</summary>
    private static void CheckHistory(PlanDefinition plan, List<RuleError> errors)
    {
        var lines = plan.Components.Where(c => c.IsLine).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var h in plan.History)
            foreach (var code in h.Lines.Where(c => !lines.Contains(c)))
                errors.Add(new RuleError(h.File, h.Line, h.Name,
                    plan.Components.Any(c => c.Code == code)
                        ? RuleMessages.Format("Plan_HistoryReadsVariable", code)
                        : RuleMessages.Format("Plan_HistoryUnknownLine", code)));
    }
}
