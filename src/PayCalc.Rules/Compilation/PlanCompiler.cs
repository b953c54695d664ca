using PayCalc.Domain.Payroll;
using PayCalc.Domain;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Turns a <see cref="PlanDefinition"/> into delegates for one period, once per run. Every expression
/// is parsed against exactly the names the engine offers (facts, declared metrics, parameters,
/// components); unknown names, type and unit mismatches, forbidden calls and cycles are all reported
/// together with file:line and component code.
/// </summary>
/// <remarks>The seam in front of <see cref="PlanNames"/> (what a formula can read), <see cref="FormulaCompiler"/>
/// (one formula), <see cref="ComponentCompiler"/>, <see cref="CheckCompiler"/> (flags and checks as NRules rules) and
/// <see cref="DependencyOrder"/>.</remarks>
public static class PlanCompiler
{
    /// <summary>The plan compiled for <paramref name="period"/>.</summary>
    /// <exception cref="RuleLoadException">Every problem found, ordered by line.</exception>
    public static CompiledPlan Compile(PlanDefinition plan, Period period)
    {
        var errors = new List<RuleError>();
        if (!plan.AppliesTo(period))
            errors.Add(new RuleError(plan.File, 1, plan.Code,
                RuleMessages.Format("Compile_NotEffective", RuleMessages.Iso(plan.EffectiveFrom), plan.EffectiveTo is { } to ? RuleMessages.Iso(to) : RuleMessages.Get("Compile_Open"), period)));

        var names = PlanNames.Build(plan, period, errors);
        var formulas = new FormulaCompiler(names);
        var components = plan.Components.Select((c, slot) => ComponentCompiler.Compile(c, slot, formulas, plan.File, errors)).ToList();
        // A flag is a check of the payslip alone, raised as a warning; checks also read the payslip's totals.
        var flags = plan.Flags.Select(f => new CheckDefinition(f.Code, FlagSeverity.Warning, f.When, [], f.Message, f.Line, f.File, f.MessageEn)).ToList();
        names.OfferPayslipTotals();
        var checks = CheckCompiler.Compile([.. flags, .. plan.Checks], formulas, plan.File, errors);
        var order = DependencyOrder.Sort(components, plan.File, errors);
        if (errors.Count > 0) throw new RuleLoadException(errors.OrderBy(e => e.Line).ToList());

        return new CompiledPlan(plan, period)
        {
            Components = components,
            LineCount = components.Count(c => c.Definition.IsLine),
            EvaluationOrder = order,
            Checks = checks,
            MetricNames = names.MetricNames,
            TextMetricNames = plan.Inputs.TextMetrics,
            TeamMetricNames = plan.Inputs.TeamMetrics,
            ParameterValues = names.ParameterValues,
            InstallmentTerms = names.InstallmentTerms,
            FormattedValueCount = names.FormattedValueCount,
            Facts = components.SelectMany(c => c.Template.Names.Concat(c.SayNames)).Distinct(StringComparer.Ordinal)
                .Where(names.Facts.ContainsKey).Select(n => (n, names.Facts[n])).ToList(),
            CityValues = names.CityValues,
            CityAliases = names.CityAliases,
            Catalog = new TraceCatalog
            {
                Names = names.About,
                Rows = components.Where(c => c.Rows is not null).ToDictionary(c => c.Code, c => c.Rows!.Shape, StringComparer.Ordinal),
                Say = plan.Components.Where(c => c.Say is not null).ToDictionary(c => c.Code, c => c.Say!, StringComparer.Ordinal),
                SayEn = plan.Components.Where(c => c.SayEn is not null).ToDictionary(c => c.Code, c => c.SayEn!, StringComparer.Ordinal),
            },
        };
    }
}
