using System.Linq.Expressions;
using System.Reflection;
using PayCalc.Rules.Model;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Second line of defence after the parser: walks a parsed expression and refuses anything outside what the
/// engine offers. Calls and member reads are whitelisted by type and name (the functions listed in the README,
/// and only linear collection methods, so a formula's work grows with its data, never combinatorially); the
/// engine's working state is reachable only through the names the plan declares; floating point, reflection
/// and IO are refused whatever the parser let through. The walk stops at
/// <see cref="RuleLimits.MaxExpressionTreeDepth"/>, so it never recurses deeper than that.
/// </summary>
internal sealed class ExpressionSandbox : ExpressionVisitor
{
    private static readonly Dictionary<Type, HashSet<string>> Callable = new()
    {
        // Clamp(x, lo, hi), Round2(x), RoundTo(x, n): the functions written without a receiver.
        [typeof(AgentScope)] = [nameof(AgentScope.Clamp), nameof(AgentScope.Round2), nameof(AgentScope.RoundTo)],
        [typeof(ShiftFact)] = [nameof(ShiftFact.HoursInWindow)],
        [typeof(MonthlyHistory)] = [nameof(MonthlyHistory.MonthsAgo), nameof(MonthlyHistory.MonthsAgoOrZero)],
        [typeof(LookupTable)] = [nameof(LookupTable.Of), nameof(LookupTable.OrZero), nameof(LookupTable.Has)],
        [typeof(ScaleTable)] = [nameof(ScaleTable.Tier), nameof(ScaleTable.Marginal)],
        [typeof(BracketTable)] = [nameof(BracketTable.Level), nameof(BracketTable.Rate), nameof(BracketTable.QuickDeduction), nameof(BracketTable.Tax), nameof(BracketTable.DeadZoneStart)],
        [typeof(Math)] = [nameof(Math.Min), nameof(Math.Max), nameof(Math.Round), nameof(Math.Abs)],
        // One pass over a collection each; SelectMany, Join, Range, Repeat, Concat and the like are left out.
        [typeof(Enumerable)] = [nameof(Enumerable.Where), nameof(Enumerable.Sum), nameof(Enumerable.Count), nameof(Enumerable.Any), nameof(Enumerable.Max), nameof(Enumerable.Min)],
    };

    /// <summary>Facts of one shift, leave entry, deal or earlier month: every public property is a plain value.</summary>
    private static readonly HashSet<Type> FactTypes = [typeof(ShiftFact), typeof(LeaveFact), typeof(DealFact), typeof(EarlierMonthFact)];

    private readonly IReadOnlySet<Expression> _offered;
    private readonly ParameterExpression _scope;
    private readonly List<string> _problems = [];
    private int _depth;
    private int _lambdas;
    private bool _tooDeep;
    private bool _readsCollections;

    private ExpressionSandbox(IReadOnlySet<Expression> offered, ParameterExpression scope)
    {
        _offered = offered;
        _scope = scope;
    }

    /// <summary>
    /// Problems of <paramref name="expression"/>. <paramref name="offered"/> are the expressions the plan's names
    /// stand for (by reference): the only way into the engine's working state <paramref name="scope"/>.
    /// <c>TooDeep</c> means the tree must not be walked further (unit check, compilation) at all.
    /// <c>ReadsCollections</c>: it has a lambda (over shifts, leave or deals), so its work depends on the agent's data;
    /// without one its work is fixed by its size.
    /// </summary>
    public static (IReadOnlyList<string> Problems, bool TooDeep, bool ReadsCollections) Check(Expression expression, IReadOnlySet<Expression> offered, ParameterExpression scope)
    {
        var sandbox = new ExpressionSandbox(offered, scope);
        sandbox.Visit(expression);
        return (sandbox._problems.Distinct().ToList(), sandbox._tooDeep, sandbox._readsCollections);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null) return null;
        // A declared name: built by the compiler, not by the formula.
        if (_offered.Contains(node)) return node;
        if (_depth >= RuleLimits.MaxExpressionTreeDepth)
        {
            if (!_tooDeep) _problems.Add(RuleMessages.Format("Sandbox_TooDeep", RuleLimits.MaxExpressionTreeDepth));
            _tooDeep = true;
            return node;
        }
        var t = node.Type;
        if (t == typeof(double) || t == typeof(float))
            _problems.Add(RuleMessages.Get("Sandbox_Float"));
        else if (typeof(MemberInfo).IsAssignableFrom(t) || t.Namespace is { } ns && (ns.StartsWith("System.Reflection") || ns.StartsWith("System.IO")))
            _problems.Add(RuleMessages.Format("Sandbox_TypeNotAllowed", t.Name));
        if (node.NodeType is ExpressionType.Invoke or ExpressionType.New or ExpressionType.NewArrayBounds or ExpressionType.Assign or ExpressionType.Block)
            _problems.Add(RuleMessages.Format("Sandbox_TypeNotAllowed", node.NodeType));
        if (node == _scope)
            _problems.Add(RuleMessages.Get("Sandbox_It"));
        var lambda = node is LambdaExpression;
        _readsCollections |= lambda;
        if (lambda && ++_lambdas > RuleLimits.MaxLambdaNesting)
            _problems.Add(RuleMessages.Format("Sandbox_Lambdas", RuleLimits.MaxLambdaNesting));
        _depth++;
        try
        {
            return base.Visit(node);
        }
        finally
        {
            _depth--;
            if (lambda) _lambdas--;
        }
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var owner = node.Method.DeclaringType!;
        if (!(Callable.TryGetValue(owner, out var allowed) && allowed.Contains(node.Method.Name)))
            _problems.Add(RuleMessages.Format("Sandbox_Call", owner.Name, node.Method.Name));
        // Clamp, Round2 and RoundTo are called on the scope; that is the one use of it a formula may make.
        if (node.Object is not null && !(node.Object == _scope && owner == typeof(AgentScope))) Visit(node.Object);
        foreach (var argument in node.Arguments) Visit(argument);
        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var owner = node.Member.DeclaringType!;
        var readable = FactTypes.Contains(owner) && node.Member is PropertyInfo { GetMethod.IsPublic: true }
            || owner == typeof(decimal) || owner == typeof(string)
            || node.Member.Name is "Count" or "Length" && (owner.IsArray || owner.IsGenericType && owner.Namespace == "System.Collections.Generic");
        if (!readable)
            _problems.Add(owner == typeof(AgentScope)
                ? RuleMessages.Format("Sandbox_StateMember", node.Member.Name)
                : RuleMessages.Format("Sandbox_Member", owner.Name, node.Member.Name));
        return base.VisitMember(node);
    }
}
