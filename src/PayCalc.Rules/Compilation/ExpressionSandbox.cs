using System.Linq.Expressions;
using PayCalc.Rules.Runtime;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Second line of defence after the parser: walks a parsed expression and refuses anything outside
/// what the engine offers - reflection, IO, the clock, environment, floating point - whatever the
/// parser let through.
/// </summary>
internal sealed class ExpressionSandbox : ExpressionVisitor
{
    private static readonly HashSet<Type> CallableTypes =
    [
        typeof(AgentScope), typeof(ShiftFact), typeof(LeaveFact), typeof(DealFact), typeof(MonthlyHistory), typeof(LookupTable), typeof(ScaleTable), typeof(BracketTable),
        typeof(Math), typeof(decimal), typeof(Enumerable), typeof(string),
    ];

    private static readonly HashSet<Type> ReadableTypes =
    [
        typeof(AgentScope), typeof(ShiftFact), typeof(LeaveFact), typeof(DealFact), typeof(decimal), typeof(string),
    ];

    private readonly List<string> _problems = [];

    public static IReadOnlyList<string> Check(Expression expression)
    {
        var sandbox = new ExpressionSandbox();
        sandbox.Visit(expression);
        return sandbox._problems.Distinct().ToList();
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null) return null;
        var t = node.Type;
        if (t == typeof(double) || t == typeof(float))
            _problems.Add("floating point is not allowed in pay rules; write decimal literals with the m suffix (0.8m) or keep both sides decimal.");
        else if (typeof(System.Reflection.MemberInfo).IsAssignableFrom(t) || t.Namespace is { } ns && (ns.StartsWith("System.Reflection") || ns.StartsWith("System.IO")))
            _problems.Add($"'{t.Name}' is not available in pay rules.");
        if (node.NodeType is ExpressionType.Invoke or ExpressionType.New or ExpressionType.NewArrayBounds or ExpressionType.Assign or ExpressionType.Block)
            _problems.Add($"'{node.NodeType}' is not available in pay rules.");
        return base.Visit(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (!CallableTypes.Contains(node.Method.DeclaringType!))
            _problems.Add($"calling {node.Method.DeclaringType!.Name}.{node.Method.Name} is not available in pay rules.");
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var owner = node.Member.DeclaringType!;
        if (!ReadableTypes.Contains(owner) && !(owner.IsArray || owner.IsGenericType && owner.Namespace == "System.Collections.Generic"))
            _problems.Add($"'{owner.Name}.{node.Member.Name}' is not available in pay rules.");
        return base.VisitMember(node);
    }
}
