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
            errors.Add(new RuleError(plan.File, plan.EffectiveLine, plan.Code, $"effective 'to' {to:yyyy-MM-dd} is before 'from' {plan.EffectiveFrom:yyyy-MM-dd}."));
    }

    /// <summary>Agents whose roster row names no city get the default city's profile, so it must exist.</summary>
    private static void CheckDefaultCity(PlanDefinition plan, List<RuleError> errors)
    {
        if (plan.Cities.Count > 0 && plan.Cities.All(c => c.Code != plan.DefaultCity))
            errors.Add(new RuleError(plan.File, plan.CitiesLine, plan.Code,
                $"default city '{plan.DefaultCity}' has no profile; profiles: {string.Join(", ", plan.Cities.Select(c => c.Code))}."));
    }

    /// <summary>A formula reads a city parameter by name whatever the agent's city, so every profile needs every name.</summary>
    private static void CheckCities(IReadOnlyList<CityProfile> profiles, List<RuleError> errors)
    {
        foreach (var profile in profiles)
            foreach (var p in profile.Parameters.Where(p => p is not ValueParameter))
                errors.Add(new RuleError(profile.File, p.Line, p.Name, "a city parameter is a plain dated value (no type)."));
        var allNames = profiles.SelectMany(p => p.Parameters.Select(x => x.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var profile in profiles)
            foreach (var missing in allNames.Where(n => profile.Parameters.All(x => x.Name != n)).Order(StringComparer.Ordinal))
            {
                var other = profiles.First(p => p.Parameters.Any(x => x.Name == missing));
                errors.Add(new RuleError(profile.File, 1, missing,
                    $"city '{profile.Code}' does not define '{missing}' (defined in {other.File}); every city profile needs the same parameters."));
            }
    }

    /// <summary>Parameters, history values, components and metrics share one namespace: formulas name them alike.</summary>
    private static void CheckNames(PlanDefinition plan, List<RuleError> errors)
    {
        var seen = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        void Claim(string name, string file, int line, string what)
        {
            if (!IdentifierPattern().IsMatch(name))
                errors.Add(new RuleError(file, line, name, $"{what} name '{name}' must be letters, digits and _ and start with a letter."));
            else if (!seen.TryAdd(name, (file, line)))
                errors.Add(new RuleError(file, line, name, $"{what} '{name}' is defined twice (first in {seen[name].File}:{seen[name].Line})."));
        }
        foreach (var p in plan.Parameters) Claim(p.Name, p.File, p.Line, "parameter");
        if (plan.Cities.Count > 0)
            foreach (var p in plan.Cities[0].Parameters) Claim(p.Name, p.File, p.Line, "city parameter");
        foreach (var h in plan.History) Claim(h.Name, h.File, h.Line, "history value");
        foreach (var c in plan.Components) Claim(c.Code, c.File.Length > 0 ? c.File : plan.File, c.Line, "component");
        foreach (var m in plan.Inputs.Metrics.Keys) Claim(m, plan.File, 1, "metric");
        foreach (var m in plan.Inputs.TextMetrics) Claim(m, plan.File, 1, "text metric");
        foreach (var m in plan.Inputs.TeamMetrics) Claim("team_" + m, plan.File, 1, "team metric");
        foreach (var city in plan.Cities)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in city.Parameters.Where(p => !names.Add(p.Name)))
                errors.Add(new RuleError(city.File, p.Line, p.Name, $"city parameter '{p.Name}' is defined twice."));
        }
        var flagCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in plan.Flags)
            if (!flagCodes.Add(f.Code)) errors.Add(new RuleError(f.File.Length > 0 ? f.File : plan.File, f.Line, f.Code, $"flag '{f.Code}' is defined twice."));
        // A check's exceptions sit next to the flags' under the same codes (acknowledged by code): one namespace.
        foreach (var c in plan.Checks)
            if (!flagCodes.Add(c.Code)) errors.Add(new RuleError(c.File.Length > 0 ? c.File : plan.File, c.Line, c.Code, $"check '{c.Code}' is defined twice (or as a flag)."));
    }

    private static void CheckInputs(PlanDefinition plan, List<RuleError> errors)
    {
        if (plan.Inputs.TeamMetricsRequired && plan.Inputs.TeamMetrics.Count == 0)
            errors.Add(new RuleError(plan.File, 1, plan.Code, "inputs.team_metrics_required is true but inputs.team_metrics lists no metric."));
        if (plan.Inputs.InstallmentTermsFrom is { } t && !plan.Parameters.Any(p => p.Name == t && p is TableParameter))
            errors.Add(new RuleError(plan.File, 1, t, $"inputs.installment_terms_from names '{t}', which is not a table parameter."));
    }

    /// <summary>Only payslip lines are stored, so a history value can read nothing else from earlier months.</summary>
    private static void CheckHistory(PlanDefinition plan, List<RuleError> errors)
    {
        var lines = plan.Components.Where(c => c.IsLine).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var h in plan.History)
            foreach (var code in h.Lines.Where(c => !lines.Contains(c)))
                errors.Add(new RuleError(h.File, h.Line, h.Name,
                    plan.Components.Any(c => c.Code == code)
                        ? $"history reads '{code}', a variable; only payslip lines are stored for later months (make it an info line)."
                        : $"history reads unknown line '{code}'."));
    }
}
