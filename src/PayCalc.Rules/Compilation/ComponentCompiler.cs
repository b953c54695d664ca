using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>Compiles a component's condition, amount (or value) and team group into a <see cref="CompiledComponent"/>.</summary>
internal static class ComponentCompiler
{
    public static CompiledComponent Compile(ComponentDefinition d, int slot, FormulaCompiler formulas, string planFile, List<RuleError> errors)
    {
        var site = new FormulaSite(d.File.Length > 0 ? d.File : planFile, d.Code, errors);
        var scalars = formulas.Names.Scalars;
        Func<AgentScope, bool>? when = null, groupWhere = null;
        Func<AgentScope, decimal>? amount = null, groupValue = null;
        var template = FormulaTemplate.Empty;
        RowProbe? rows = null;
        if (d.When is { } w)
            when = formulas.Compile<bool>(w, d.WhenLine, "condition", Unit.Any, site);
        if (d.Amount is { } text)
        {
            amount = d.Type == RuleValueType.Bool
                ? ToNumber(formulas.Compile<bool>(text, d.AmountLine, "value", Unit.Any, site))
                : formulas.Compile<decimal>(text, d.AmountLine, "amount", d.Unit, site);
            template = FormulaTemplate.Build(text, n => scalars.GetValueOrDefault(n));
            // A line that aggregates rows keeps the rows behind it (parsed again, apart from the errors: it compiled).
            if (d.IsLine && site.ReadsCollections && amount is not null
                && formulas.Parse(text, null, d.AmountLine, "amount", new FormulaSite("", d.Code, [])) is { } parsed)
                rows = RowProbe.Build(parsed, formulas.Names.Scope);
        }
        if (d.Group is { } g)
        {
            var kind = g.Kind.ToString().ToLowerInvariant();
            groupValue = g.Kind == GroupKind.Count ? (_ => 1m) : formulas.Compile<decimal>(g.Of, g.Line, kind, Unit.Any, site);
            if (g.Where is { } gw) groupWhere = formulas.Compile<bool>(gw, g.Line, "where", Unit.Any, site);
            template = FormulaTemplate.Build($"{kind} of {g.Of} in team" + (g.Where is null ? "" : $" where {g.Where}"), n => scalars.GetValueOrDefault(n));
        }
        var sayNames = new List<string>();
        if (d.Say is { } say) sayNames.AddRange(SayTemplate.Check(say, d.SayLine, "say", formulas.Names, site));
        if (d.SayEn is { } sayEn) sayNames.AddRange(SayTemplate.Check(sayEn, d.SayEnLine, "say_en", formulas.Names, site));
        return new CompiledComponent(d, slot)
        {
            SayNames = sayNames,
            Amount = amount,
            When = when,
            GroupValue = groupValue,
            GroupWhere = groupWhere,
            ReadsCollections = site.ReadsCollections,
            Uses = site.Uses,
            Template = template,
            Rows = rows,
        };
    }

    private static Func<AgentScope, decimal>? ToNumber(Func<AgentScope, bool>? f) => f is null ? null : s => f(s) ? 1m : 0m;
}
