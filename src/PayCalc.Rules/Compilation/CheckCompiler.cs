using System.Linq.Expressions;
using System.Text.RegularExpressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Builds each check into an NRules rule definition with <see cref="RuleBuilder"/>: the judged payslip, then one
/// pattern per <c>match:</c> entry. Conditions are parsed by the plan's <see cref="FormulaCompiler"/> (same names,
/// same sandbox as formulas; plan names read the judged payslip, aliases the matched facts) and handed to NRules as
/// expression trees with only the declarations they use, so a condition on one fact stays an alpha node. The rules
/// are compiled into one session factory per partition; facts are compared by reference.
/// </summary>
internal static partial class CheckCompiler
{
    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    /// <summary>The checks compiled; problems are added to <paramref name="errors"/> (then the result is not used).</summary>
    public static CompiledChecks Compile(IReadOnlyList<CheckDefinition> checks, FormulaCompiler formulas, string planFile, List<RuleError> errors)
    {
        if (checks.Count == 0) return CompiledChecks.None;
        var built = checks.Select(c => new Builder(c, formulas, c.File.Length > 0 ? c.File : planFile, errors).Build())
            .OfType<(CompiledCheck Check, IRuleDefinition Rule, IReadOnlySet<Type> Types, FactSelection Selection)>().ToList();
        if (built.Count < checks.Count) return CompiledChecks.None;
        var partitions = new Dictionary<CheckKey, CheckPartition>();
        foreach (var partition in built.GroupBy(b => b.Check.Definition.Partition))
        {
            var compiler = new RuleCompiler();
            // Two equal records (two shifts alike, two deals alike) must stay two facts.
            compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
            try
            {
                var selection = new FactSelection();
                foreach (var b in partition) selection.Add(b.Selection);
                partitions[partition.Key] = new CheckPartition(compiler.Compile(partition.Select(b => b.Rule)),
                    partition.SelectMany(b => b.Types).ToHashSet(), selection);
            }
            catch (RuleCompilationException ex)
            {
                var check = partition.FirstOrDefault(b => b.Check.Code == ex.RuleName).Check ?? partition.First().Check;
                errors.Add(new RuleError(check.Definition.File.Length > 0 ? check.Definition.File : planFile, check.Definition.Line, check.Code,
                    RuleMessages.Format("Check_CannotBuild", FirstLine(ex.InnerException?.Message ?? ex.Message))));
            }
        }
        return new CompiledChecks(built.ToDictionary(b => b.Check.Code, b => b.Check, StringComparer.Ordinal), partitions);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>One check's rule: declarations in order, conditions, message.</summary>
    private sealed class Builder(CheckDefinition check, FormulaCompiler formulas, string file, List<RuleError> errors)
    {
        private readonly FormulaSite _site = new(file, check.Code, errors);
        private readonly ParameterExpression _judged = Expression.Parameter(typeof(AgentScope), CheckFacts.Payslip);
        /// <summary>Aliases later conditions and the message may read (positive patterns and group results).</summary>
        private readonly List<ParameterExpression> _declared = [];
        private readonly HashSet<Type> _types = [typeof(AgentScope)];
        private readonly FactSelection _selection = new();
        private int _errors = errors.Count;

        public (CompiledCheck, IRuleDefinition, IReadOnlySet<Type>, FactSelection)? Build()
        {
            var rule = new RuleBuilder();
            rule.Name(check.Code);
            var lhs = rule.LeftHandSide();
            var first = lhs.Pattern(typeof(AgentScope), CheckFacts.Payslip);
            if (check.When is { } when && Condition(when, check.Line, "when", _judged, []) is { } w) first.Condition(w);
            foreach (var p in check.Patterns) AddPattern(lhs, p);
            var message = Message(check.Message, "message");
            var english = check.MessageEn is { } en ? Message(en, "message_en") : null;
            var context = Expression.Parameter(typeof(IContext), "context");
            // The exception is taken from the match when the rule fires (see Judging); the action itself does nothing.
            rule.RightHandSide().Action(Expression.Lambda(Expression.Empty(), context));
            if (errors.Count > _errors || message is null) return null;
            return (new CompiledCheck(check, message, english), rule.Build(), _types, _selection);
        }

        private void AddPattern(GroupBuilder lhs, CheckPattern p)
        {
            if (!CheckFacts.Types.TryGetValue(p.FactType, out var type))
            {
                _site.Error(p.Line, RuleMessages.Format("Check_UnknownFactType", p.FactType));
                return;
            }
            if (!Identifier().IsMatch(p.Alias) || p.Alias == CheckFacts.Payslip || _declared.Any(d => d.Name == p.Alias) || formulas.Names.Names.ContainsKey(p.Alias))
            {
                _site.Error(p.Line, RuleMessages.Format("Check_AliasTaken", p.Alias));
                return;
            }
            var self = Expression.Parameter(type, p.Alias);
            var join = Join(p, self);
            _types.Add(type);
            if (p.Kind == CheckPatternKind.Group)
            {
                AddGroup(lhs, p, self, join);
                return;
            }
            var pattern = p.Kind switch
            {
                CheckPatternKind.Not => lhs.Not().Pattern(type, p.Alias),
                CheckPatternKind.Exists => lhs.Exists().Pattern(type, p.Alias),
                _ => lhs.Pattern(type, p.Alias),
            };
            if (join is not null) pattern.Condition(join);
            // In a payslip pattern plan names read that payslip; elsewhere the judged one.
            var own = type == typeof(AgentScope);
            LambdaExpression? c = null;
            if (p.Where is { } where && (c = Condition(where, p.Line, "where", own ? self : _judged, own ? [.. _declared] : [.. _declared, self])) is not null)
                pattern.Condition(c);
            if (p.Kind == CheckPatternKind.Each) _declared.Add(self);
            Select(p, type, self, join, c);
        }

        /// <summary>A group: the matching facts collected (NRules <c>Collect</c>), then their aggregate bound to the alias,
        /// on which <c>where</c> may test.</summary>
        private void AddGroup(GroupBuilder lhs, CheckPattern p, ParameterExpression self, LambdaExpression? join)
        {
            var members = Expression.Parameter(typeof(IEnumerable<>).MakeGenericType(self.Type), p.Alias + "_members");
            var collect = lhs.Pattern(members.Type, members.Name!);
            var aggregate = collect.Aggregate();
            aggregate.Collect();
            var source = aggregate.Pattern(self.Type, self.Name!);
            if (join is not null) source.Condition(join);
            var value = Value(p, self);
            if (value is null) return;
            var result = Expression.Parameter(typeof(decimal), p.Alias);
            var of = typeof(CheckAggregates).GetMethod(nameof(CheckAggregates.Of))!.MakeGenericMethod(self.Type);
            var bound = lhs.Pattern(typeof(decimal), p.Alias);
            bound.Binding().BindingExpression(Expression.Lambda(
                Expression.Call(of, members, Expression.Constant(value, value.GetType()), Expression.Constant(p.Aggregate)), members));
            if (p.Where is { } where && Condition(where, p.Line, "where", _judged, [.. _declared, result]) is { } c) bound.Condition(c);
            _declared.Add(result);
        }

        /// <summary>The value a group aggregates, per member: a formula over a member payslip's plan names, or over the
        /// alias of another fact type; null for a count without value.</summary>
        private Delegate? Value(CheckPattern p, ParameterExpression self)
        {
            var funcType = typeof(Func<,>).MakeGenericType(self.Type, typeof(decimal));
            if (p.Value is not { } text)
                return Expression.Lambda(funcType, Expression.Constant(1m), self).Compile();
            var own = self.Type == typeof(AgentScope);
            if (formulas.Parse(text, null, p.Line, "value", _site, own ? null : [self]) is not { } lambda) return null;
            if (lambda.Body.Type != typeof(decimal) && lambda.Body.Type != typeof(int))
            {
                _site.Error(p.Line, RuleMessages.Format("Check_ValueNotNumber", text));
                return null;
            }
            var body = Rename(lambda.Body, formulas.Names.Scope, self);
            if (!own && Uses(body).Contains(formulas.Names.Scope))
            {
                _site.Error(p.Line, RuleMessages.Format("Check_GroupValueReadsAlias", text, p.FactType, p.Alias));
                return null;
            }
            return DelegateCompiler.Compile(Expression.Lambda(funcType, Expression.Convert(body, typeof(decimal)), self));
        }

        /// <summary>What a pattern needs of its fact type in a session (see <see cref="FactSelection"/>): one witness when it
        /// only asks whether a fact exists, testing that fact and the judged payslip alone; otherwise every fact.</summary>
        private void Select(CheckPattern p, Type type, ParameterExpression self, LambdaExpression? join, LambdaExpression? condition)
        {
            if (type == typeof(AgentScope)) return;
            var witness = p.Kind is CheckPatternKind.Exists or CheckPatternKind.Not && join is null
                && (condition is null || condition.Parameters.All(x => x == self || x == _judged));
            if (!witness)
            {
                _selection.NeedsAll(type);
                return;
            }
            var judged = Expression.Parameter(typeof(AgentScope), "judged");
            var fact = Expression.Parameter(type, "fact");
            Expression test = condition is null ? Expression.Constant(true)
                : Expression.Invoke(condition, condition.Parameters.Select(x => x == self ? fact : (Expression)judged));
            var signature = typeof(Func<,,>).MakeGenericType(typeof(AgentScope), type, typeof(bool));
            _selection.NeedsWitness(type, DelegateCompiler.Compile(Expression.Lambda(signature, test, judged, fact)));
        }

        /// <summary>The join of a pattern to the judged payslip on its key, or null when every fact of the session
        /// already shares that key (the partition) or the pattern joins on nothing (<c>on: all</c>).</summary>
        private LambdaExpression? Join(CheckPattern p, ParameterExpression self)
        {
            if (p.On == CheckKey.All) return null;
            if (CheckFacts.Key(self, p.On) is not { } key)
            {
                _site.Error(p.Line, RuleMessages.Format("Check_CannotJoin", p.FactType, p.On.ToString().ToLowerInvariant()));
                return null;
            }
            if (check.Partition == p.On) return null;
            return Expression.Lambda(Expression.Equal(key, CheckFacts.Key(_judged, p.On)!), self, _judged);
        }

        /// <summary>A true/false condition as NRules wants it: plan names read <paramref name="scope"/>, and the
        /// lambda's parameters are exactly the declarations it uses (by name).</summary>
        private LambdaExpression? Condition(string text, int line, string what, ParameterExpression scope, IReadOnlyList<ParameterExpression> aliases)
        {
            if (formulas.Parse(text, null, line, what, _site, aliases) is not { } lambda) return null;
            if (lambda.Body.Type != typeof(bool))
            {
                _site.Error(line, RuleMessages.Format("Check_NotBool", what, text));
                return null;
            }
            var body = Rename(lambda.Body, formulas.Names.Scope, scope);
            var used = Uses(body);
            var parameters = aliases.Prepend(scope).Where(used.Contains).ToList();
            return Expression.Lambda(body, parameters.Count > 0 ? parameters : [scope]);
        }

        /// <summary>The message with each <c>{expression}</c> shown, read from a match's facts by declaration name.</summary>
        private Func<IReadOnlyDictionary<string, object>, string>? Message(string text, string what)
        {
            var facts = Expression.Parameter(typeof(IReadOnlyDictionary<string, object>), "facts");
            var parts = new List<Expression>();
            var last = 0;
            var show = typeof(CheckText).GetMethod(nameof(CheckText.Show))!;
            foreach (Match m in Placeholder().Matches(text))
            {
                parts.Add(Expression.Constant(text[last..m.Index]));
                last = m.Index + m.Length;
                var lambda = formulas.Parse(m.Groups[1].Value, null, check.Line, what, _site, [.. _declared]);
                if (lambda is null) continue;
                var body = Rename(lambda.Body, formulas.Names.Scope, _judged);
                foreach (var p in _declared.Prepend(_judged))
                    body = Rename(body, p, Expression.Convert(
                        Expression.Property(facts, "Item", Expression.Constant(p.Name)), p.Type));
                parts.Add(Expression.Call(show, Expression.Convert(body, typeof(object))));
            }
            parts.Add(Expression.Constant(text[last..]));
            if (errors.Count > _errors) return null;
            var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string[])])!;
            return Expression.Lambda<Func<IReadOnlyDictionary<string, object>, string>>(
                Expression.Call(concat, Expression.NewArrayInit(typeof(string), parts)), facts).Compile();
        }
    }

    private static Expression Rename(Expression body, ParameterExpression from, Expression to) => new Replace(from, to).Visit(body);

    private static HashSet<ParameterExpression> Uses(Expression body)
    {
        var finder = new ParameterFinder();
        finder.Visit(body);
        return finder.Found;
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }
}
