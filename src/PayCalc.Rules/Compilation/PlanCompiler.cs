using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using PayCalc.Domain;
using PayCalc.Rules.Model;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Turns a <see cref="PlanDefinition"/> into delegates for one period, once per run. Every expression
/// is parsed against exactly the names the engine offers (facts, declared metrics, parameters,
/// components); unknown names, type and unit mismatches, forbidden calls and cycles are all reported
/// together with file:line and component code.
/// </summary>
public static partial class PlanCompiler
{
    private static readonly ParsingConfig Config = new()
    {
        CustomTypeProvider = new EngineTypeProvider(),
        AllowNewToEvaluateAnyType = false,
        EvaluateGroupByAtDatabase = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        ResolveTypesBySimpleName = false,
    };

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    public static CompiledPlan Compile(PlanDefinition plan, Period period)
    {
        var errors = new List<RuleError>();
        var compiled = new CompiledPlan(plan, period);
        if (!plan.AppliesTo(period))
            errors.Add(new RuleError(plan.File, 1, plan.Code,
                $"plan is effective {plan.EffectiveFrom:yyyy-MM-dd} to {plan.EffectiveTo?.ToString("yyyy-MM-dd") ?? "open"}, not for {period}."));

        var it = Expression.Parameter(typeof(AgentScope), "");
        var names = new Dictionary<string, object>(StringComparer.Ordinal);
        var units = new Dictionary<Expression, (string, Unit)>(ReferenceEqualityComparer.Instance);
        var scalars = new Dictionary<string, Func<AgentScope, string>>(StringComparer.Ordinal);
        var scalarCount = 0;
        // Per-agent values that are not components (engine facts, metrics, city parameters, earlier months):
        // kept with each payslip so its explanations can be rendered again from the store.
        var facts = new Dictionary<string, Func<AgentScope, string>>(StringComparer.Ordinal);

        void Offer(string name, Expression access, Unit unit, bool scalar, bool fact = true)
        {
            names[name] = access;
            units[access] = (name, unit);
            if (!scalar) return;
            if (access is ConstantExpression { Value: decimal constant })
            {
                // A parameter is the same for every agent: format it once.
                var text = FormulaTemplate.Format(constant);
                scalars[name] = _ => text;
                return;
            }
            var body = access.Type == typeof(bool)
                ? (Expression)Expression.Condition(access, Expression.Constant("true"), Expression.Constant("false"))
                : access.Type == typeof(string) ? access
                : Expression.Call(typeof(FormulaTemplate).GetMethod(nameof(FormulaTemplate.Format))!, Expression.Convert(access, typeof(decimal)));
            var format = Expression.Lambda<Func<AgentScope, string>>(body, it).Compile();
            // Each agent's value is formatted once however many formulas show it.
            var id = scalarCount++;
            scalars[name] = s => s.Formatted[id] ??= format(s);
            if (fact) facts[name] = scalars[name];
        }

        foreach (var fact in EngineFacts.All)
        {
            var access = fact.Access(it);
            Offer(fact.Name, access, fact.Unit, !access.Type.IsGenericType);
        }
        var metricNames = plan.Inputs.Metrics.Keys.ToList();
        for (var i = 0; i < metricNames.Count; i++)
            Offer(metricNames[i], Expression.ArrayIndex(Expression.Field(it, nameof(AgentScope.M)), Expression.Constant(i)), plan.Inputs.Metrics[metricNames[i]], true);
        for (var i = 0; i < plan.Inputs.TextMetrics.Count; i++)
            Offer(plan.Inputs.TextMetrics[i], Expression.ArrayIndex(Expression.Field(it, nameof(AgentScope.T)), Expression.Constant(i)), Unit.Any, true);
        for (var i = 0; i < plan.Inputs.TeamMetrics.Count; i++)
            Offer("team_" + plan.Inputs.TeamMetrics[i], Expression.ArrayIndex(Expression.Field(it, nameof(AgentScope.TM)), Expression.Constant(i)), Unit.Any, true);

        var parameterValues = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in plan.Parameters)
        {
            var day = period.FirstDay;
            switch (p.Kind)
            {
                case ParameterKind.Value when ParameterDefinition.InForce(p.Values, day) is { } v:
                    parameterValues[p.Name] = v.Value;
                    Offer(p.Name, Expression.Constant(v.Value), p.Unit, true);
                    break;
                case ParameterKind.Table when ParameterDefinition.InForce(p.Tables, day) is { } t:
                    Offer(p.Name, Expression.Constant(new LookupTable(p.Name, t.Value)), p.Unit, false);
                    if (plan.Inputs.InstallmentTermsFrom == p.Name)
                        compiled.InstallmentTerms = t.Value.Keys.Select(k => int.TryParse(k, CultureInfo.InvariantCulture, out var n) ? n : -1).ToHashSet();
                    break;
                case ParameterKind.Scale or ParameterKind.MarginalScale when ParameterDefinition.InForce(p.Scales, day) is { } s:
                    Offer(p.Name, Expression.Constant(new ScaleTable(p.Name, s.Value)), p.Unit, false);
                    break;
                case ParameterKind.Brackets when ParameterDefinition.InForce(p.Brackets, day) is { } b:
                    Offer(p.Name, Expression.Constant(new BracketTable(p.Name, b.Value)), p.Unit, false);
                    break;
                default:
                    errors.Add(new RuleError(p.File.Length > 0 ? p.File : plan.File, p.Line, p.Name, $"parameter has no value in force on {day:yyyy-MM-dd}."));
                    // Still offer the name so its users report only this root cause; the load fails anyway.
                    Offer(p.Name, p.Kind switch
                    {
                        ParameterKind.Value => Expression.Constant(0m),
                        ParameterKind.Table => Expression.Constant(new LookupTable(p.Name, new Dictionary<string, decimal>())),
                        ParameterKind.Brackets => Expression.Constant(new BracketTable(p.Name, [new Bracket(null, 0, 0)])),
                        _ => Expression.Constant(new ScaleTable(p.Name, [])),
                    }, p.Unit, false);
                    break;
            }
        }

        // City parameters: one slot per name; each agent's scope points at its city's values.
        var cityValues = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        var cityAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (plan.Cities.Count > 0)
        {
            var cityNames = plan.Cities[0].Parameters.Select(p => p.Name).ToList();
            foreach (var city in plan.Cities)
            {
                var values = new decimal[cityNames.Count];
                for (var k = 0; k < cityNames.Count; k++)
                {
                    var p = city.Parameters.FirstOrDefault(x => x.Name == cityNames[k]);
                    if (p is null) continue; // reported by the loader
                    if (ParameterDefinition.InForce(p.Values, period.FirstDay) is { } v) values[k] = v.Value;
                    else errors.Add(new RuleError(city.File, p.Line, p.Name, $"city '{city.Code}' has no value in force on {period.FirstDay:yyyy-MM-dd}."));
                }
                cityValues[city.Code] = values;
                cityAliases[city.Code] = city.Code;
                cityAliases[city.Name] = city.Code;
            }
            for (var k = 0; k < cityNames.Count; k++)
                Offer(cityNames[k], Expression.ArrayIndex(Expression.Field(it, nameof(AgentScope.C)), Expression.Constant(k)),
                    plan.Cities[0].Parameters[k].Unit, true);
        }
        for (var k = 0; k < plan.History.Count; k++)
            if (plan.History[k].ByMonth)
                Offer(plan.History[k].Name, Expression.ArrayIndex(Expression.Field(it, nameof(AgentScope.HM)), Expression.Constant(k)), plan.History[k].Unit, false);
            else
                // Per agent like a fact: kept with the payslip so explanations show the earlier months' value.
                Offer(plan.History[k].Name, Expression.ArrayIndex(Expression.Field(it, nameof(AgentScope.H)), Expression.Constant(k)), plan.History[k].Unit, true, fact: true);

        var components = plan.Components.Select((c, slot) => new CompiledComponent(c, slot)).ToList();
        foreach (var c in components)
        {
            var slot = Expression.ArrayIndex(Expression.Field(it, nameof(AgentScope.V)), Expression.Constant(c.Slot));
            Expression access = c.Definition.Type == RuleValueType.Bool ? Expression.NotEqual(slot, Expression.Constant(0m)) : slot;
            Offer(c.Code, access, c.Definition.Unit, true, fact: false);
        }
        // The only way a formula reaches the engine's working state: the expressions its names stand for.
        var offered = new HashSet<Expression>(names.Values.Cast<Expression>(), ReferenceEqualityComparer.Instance);

        foreach (var c in components)
        {
            var d = c.Definition;
            var file = d.File.Length > 0 ? d.File : plan.File;
            var uses = new HashSet<string>(StringComparer.Ordinal);
            if (d.When is { } when)
                c.When = Parse<bool>(when, d.WhenLine, d.Code, "condition", Unit.Any);
            if (d.Amount is { } amount)
            {
                c.Amount = d.Type == RuleValueType.Bool
                    ? ToNumber(Parse<bool>(amount, d.AmountLine, d.Code, "value", Unit.Any))
                    : Parse<decimal>(amount, d.AmountLine, d.Code, "amount", d.Unit);
                c.Template = FormulaTemplate.Build(amount, n => scalars.GetValueOrDefault(n));
            }
            if (d.Group is { } g)
            {
                c.GroupValue = g.Kind == GroupKind.Count ? (_ => 1m) : Parse<decimal>(g.Of, g.Line, d.Code, g.Kind.ToString().ToLowerInvariant(), Unit.Any);
                if (g.Where is { } w) c.GroupWhere = Parse<bool>(w, g.Line, d.Code, "where", Unit.Any);
                c.Template = FormulaTemplate.Build($"{g.Kind.ToString().ToLowerInvariant()} of {g.Of} in team" + (g.Where is null ? "" : $" where {g.Where}"), n => scalars.GetValueOrDefault(n));
            }
            c.Uses = uses;

            Func<AgentScope, T>? Parse<T>(string text, int line, string code, string what, Unit declared)
            {
                if (FormulaSize.Check(text) is { } tooLarge)
                {
                    errors.Add(new RuleError(file, line, code, $"{what} {tooLarge}"));
                    return null;
                }
                var recording = new RecordingNames(names);
                LambdaExpression lambda;
                try
                {
                    lambda = DynamicExpressionParser.ParseLambda(Config, [it], null, text, recording);
                }
                catch (ParseException ex)
                {
                    errors.Add(new RuleError(file, line, code, $"{what} '{text}': {ex.Message} (at character {ex.Position + 1})."));
                    return null;
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    errors.Add(new RuleError(file, line, code, $"{what} '{text}': {ex.Message}"));
                    return null;
                }
                foreach (var n in recording.Used)
                    if (components.Any(x => x.Code == n)) uses.Add(n);
                var (problems, tooDeep, readsCollections) = ExpressionSandbox.Check(lambda.Body, offered, it);
                foreach (var problem in problems)
                    errors.Add(new RuleError(file, line, code, $"{what} '{text}': {problem}"));
                if (tooDeep) return null;
                c.ReadsCollections |= readsCollections;
                var body = lambda.Body;
                if (typeof(T) == typeof(bool) && body.Type != typeof(bool))
                {
                    errors.Add(new RuleError(file, line, code, $"{what} '{text}' must be true or false, but it is a {TypeName(body.Type)}."));
                    return null;
                }
                if (typeof(T) == typeof(decimal))
                {
                    if (!IsExactNumber(body.Type))
                    {
                        if (body.Type != typeof(double) && body.Type != typeof(float))
                            errors.Add(new RuleError(file, line, code, $"{what} '{text}' must be a number, but it is a {TypeName(body.Type)}."));
                        return null;
                    }
                    var (unit, unitProblems) = UnitCheck.Infer(body, units);
                    foreach (var problem in unitProblems)
                        errors.Add(new RuleError(file, line, code, $"{what} '{text}': {problem}"));
                    if (declared != Unit.Any && unit != Unit.Any && unit != declared)
                        errors.Add(new RuleError(file, line, code,
                            $"{what} '{text}' is {unit.ToString().ToLowerInvariant()}, but the component is declared {declared.ToString().ToLowerInvariant()}."));
                    body = Expression.Convert(body, typeof(decimal));
                }
                else
                {
                    UnitCheck.Infer(body, units).Problems.ToList()
                        .ForEach(problem => errors.Add(new RuleError(file, line, code, $"{what} '{text}': {problem}")));
                }
                return Expression.Lambda<Func<AgentScope, T>>(body, it).Compile();
            }
        }

        var flags = new List<CompiledFlag>();
        foreach (var f in plan.Flags)
        {
            var recording = new RecordingNames(names);
            var flagFile = f.File.Length > 0 ? f.File : plan.File;
            if (FormulaSize.Check(f.When) is { } tooLarge)
            {
                errors.Add(new RuleError(flagFile, f.Line, f.Code, $"when {tooLarge}"));
                continue;
            }
            try
            {
                var lambda = DynamicExpressionParser.ParseLambda(Config, [it], typeof(bool), f.When, recording);
                var (problems, tooDeep, readsCollections) = ExpressionSandbox.Check(lambda.Body, offered, it);
                foreach (var problem in problems)
                    errors.Add(new RuleError(flagFile, f.Line, f.Code, $"when '{f.When}': {problem}"));
                if (tooDeep) continue;
                var message = BuildMessage(f, scalars, flagFile, errors);
                flags.Add(new CompiledFlag(f, (Func<AgentScope, bool>)lambda.Compile(), message, readsCollections));
            }
            catch (ParseException ex)
            {
                errors.Add(new RuleError(flagFile, f.Line, f.Code, $"when '{f.When}': {ex.Message} (at character {ex.Position + 1})."));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                errors.Add(new RuleError(flagFile, f.Line, f.Code, $"when '{f.When}': {ex.Message}"));
            }
        }

        var order = Order(components, plan.File, errors);
        if (errors.Count > 0) throw new RuleLoadException(errors.OrderBy(e => e.Line).ToList());

        compiled.Components = components;
        compiled.LineCount = components.Count(c => c.Definition.IsLine);
        compiled.EvaluationOrder = order;
        compiled.Flags = flags;
        compiled.MetricNames = metricNames;
        compiled.TextMetricNames = plan.Inputs.TextMetrics;
        compiled.TeamMetricNames = plan.Inputs.TeamMetrics;
        compiled.ParameterValues = parameterValues;
        compiled.FormattedValueCount = scalarCount;
        compiled.Facts = components.SelectMany(c => c.Template.Names).Distinct(StringComparer.Ordinal)
            .Where(facts.ContainsKey).Select(n => (n, facts[n])).ToList();
        compiled.CityValues = cityValues;
        compiled.CityAliases = cityAliases;
        return compiled;
    }

    private static Func<AgentScope, decimal>? ToNumber(Func<AgentScope, bool>? f) => f is null ? null : s => f(s) ? 1m : 0m;

    private static bool IsExactNumber(Type t) => t == typeof(decimal) || t == typeof(int) || t == typeof(long) || t == typeof(decimal?) || t == typeof(int?);

    private static string TypeName(Type t) => t == typeof(bool) ? "true/false value" : t == typeof(string) ? "text" : t.Name;

    private static Func<AgentScope, string> BuildMessage(FlagDefinition f, Dictionary<string, Func<AgentScope, string>> scalars, string file, List<RuleError> errors)
    {
        var parts = new List<Func<AgentScope, string>>();
        var last = 0;
        foreach (Match m in Placeholder().Matches(f.Message))
        {
            var literal = f.Message[last..m.Index];
            parts.Add(_ => literal);
            if (scalars.TryGetValue(m.Groups[1].Value, out var v)) parts.Add(v);
            else errors.Add(new RuleError(file, f.Line, f.Code, $"message names unknown value '{m.Groups[1].Value}'."));
            last = m.Index + m.Length;
        }
        var tail = f.Message[last..];
        parts.Add(_ => tail);
        return s => string.Concat(parts.Select(p => p(s)));
    }

    /// <summary>Depth-first topological order; a cycle is reported once with its path. Walked with an explicit
    /// stack: a chain of thousands of components must not overflow the process's.</summary>
    private static List<CompiledComponent> Order(List<CompiledComponent> components, string file, List<RuleError> errors)
    {
        var byCode = components.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        var order = new List<CompiledComponent>();
        var path = new Stack<string>();
        var pending = new Stack<(CompiledComponent Component, IEnumerator<string> Uses)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Enter(CompiledComponent c)
        {
            state[c.Code] = 1;
            path.Push(c.Code);
            pending.Push((c, c.Uses.Order(StringComparer.Ordinal).GetEnumerator()));
        }

        foreach (var root in components)
        {
            if (state.GetValueOrDefault(root.Code) != 0) continue;
            Enter(root);
            while (pending.Count > 0)
            {
                var (c, uses) = pending.Peek();
                if (uses.MoveNext())
                {
                    if (!byCode.TryGetValue(uses.Current, out var d)) continue;
                    if (state.GetValueOrDefault(d.Code) == 1)
                    {
                        var cycle = path.Reverse().SkipWhile(n => n != d.Code).Append(d.Code).ToList();
                        if (reported.Add(string.Join(",", cycle.Order())))
                            errors.Add(new RuleError(d.Definition.File.Length > 0 ? d.Definition.File : file, d.Definition.Line, d.Code, $"cycle: {string.Join(" -> ", cycle)}."));
                    }
                    else if (state.GetValueOrDefault(d.Code) == 0) Enter(d);
                    continue;
                }
                uses.Dispose();
                pending.Pop();
                path.Pop();
                state[c.Code] = 2;
                order.Add(c);
            }
        }
        return order;
    }
}
