using System.Linq.Expressions;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Infers the unit of an expression from the named values in it and reports additions, subtractions,
/// comparisons and branches that mix units (money + hours). Products and quotients are plain numbers:
/// the component that names them declares their unit.
/// </summary>
internal sealed class UnitCheck(IReadOnlyDictionary<Expression, (string Name, Unit Unit)> known)
{
    private readonly List<string> _problems = [];

    public static (Unit Unit, IReadOnlyList<string> Problems) Infer(Expression e, IReadOnlyDictionary<Expression, (string, Unit)> known)
    {
        var check = new UnitCheck(known);
        var unit = check.Of(e);
        return (unit, check._problems);
    }

    private Unit Of(Expression e)
    {
        if (known.TryGetValue(e, out var k)) return k.Unit;
        switch (e)
        {
            case UnaryExpression u: return Of(u.Operand);
            case BinaryExpression b:
                var l = Of(b.Left);
                var r = Of(b.Right);
                switch (b.NodeType)
                {
                    case ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Coalesce:
                        return Same(l, r, RuleMessages.Get(b.NodeType == ExpressionType.Add ? "Unit_Add" : "Unit_Subtract"));
                    case ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                        or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual:
                        Same(l, r, RuleMessages.Get("Unit_Compare"));
                        return Unit.Any;
                    case ExpressionType.Multiply:
                        // A literal scales a value without changing its kind (8 * days is days).
                        return b.Left is ConstantExpression && !known.ContainsKey(b.Left) ? r
                            : b.Right is ConstantExpression && !known.ContainsKey(b.Right) ? l : Unit.Any;
                    case ExpressionType.Divide:
                        return b.Right is ConstantExpression && !known.ContainsKey(b.Right) ? l : Unit.Any;
                    default:
                        return Unit.Any;
                }
            case ConditionalExpression c:
                Of(c.Test);
                return Same(Of(c.IfTrue), Of(c.IfFalse), RuleMessages.Get("Unit_Choose"));
            case MethodCallExpression m:
                if (m.Object is not null) Of(m.Object);
                var units = m.Arguments.Select(Of).ToList();
                // Math.Max/Min, Clamp, Round2: arguments of one kind give that kind. Sum(x => ...) gives the body's.
                if (m.Method.Name is "Sum" or "Max" or "Min" && m.Arguments.Count == 2 && m.Arguments[1] is LambdaExpression or UnaryExpression { Operand: LambdaExpression })
                    return units[1];
                return m.Method.Name is "Max" or "Min" or "Clamp" or "Round2" or "RoundTo" or "Round" or "Abs"
                    ? units.Aggregate(Unit.Any, (a, b) => Same(a, b, RuleMessages.Format("Unit_Mix", m.Method.Name)))
                    : Unit.Any;
            case LambdaExpression lambda:
                return Of(lambda.Body);
            default:
                return Unit.Any;
        }
    }

    private Unit Same(Unit a, Unit b, string verb)
    {
        if (a == Unit.Any) return b;
        if (b == Unit.Any || a == b) return a;
        _problems.Add(RuleMessages.Format("Unit_Cannot", verb, Name(a), Name(b)));
        return a;
    }

    private static string Name(Unit u) => u.ToString().ToLowerInvariant();
}
