using System.Linq.Expressions;
using System.Reflection;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Compiles a rule's expression tree to a delegate, first taking out its inner lambdas (<c>d =&gt; d.Amount * rate.Of(d.TermMonths)</c>
/// in <c>deals.Sum(...)</c>). <see cref="LambdaExpression.Compile()"/> turns an inner lambda into a dynamic method whose
/// delegate is made again (<c>DynamicMethod.CreateDelegate</c>) every time the outer one runs: at 100,000 agents that was
/// most of the time spent tracing aggregate lines. Here an inner lambda that reads only its own parameters becomes a
/// delegate compiled once; one that also reads the outer lambda's parameters (the agent's scope) is compiled once with
/// those as leading parameters and bound to their values per call by an ordinary closure. Anything else (a lambda that
/// reads a parameter of a lambda around it) is left to the expression compiler. The values computed do not change.
/// </summary>
internal static class DelegateCompiler
{
    public static TDelegate Compile<TDelegate>(Expression<TDelegate> lambda) where TDelegate : Delegate =>
        ((Expression<TDelegate>)Hoist(lambda)).Compile();

    public static Delegate Compile(LambdaExpression lambda) => Hoist(lambda).Compile();

    /// <summary>The same lambda with its inner lambdas taken out where they can be (see the class).</summary>
    public static LambdaExpression Hoist(LambdaExpression lambda) => (LambdaExpression)new Hoister(lambda).Visit(lambda);

    private static readonly MethodInfo BindOneToOne = Method(nameof(Bind1To1));
    private static readonly MethodInfo BindOneToTwo = Method(nameof(Bind1To2));
    private static readonly MethodInfo BindTwoToOne = Method(nameof(Bind2To1));

    private static MethodInfo Method(string name) => typeof(DelegateCompiler).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Func<P, R> Bind1To1<F, P, R>(Func<F, P, R> inner, F f) => p => inner(f, p);

    private static Func<P1, P2, R> Bind1To2<F, P1, P2, R>(Func<F, P1, P2, R> inner, F f) => (p1, p2) => inner(f, p1, p2);

    private static Func<P, R> Bind2To1<F1, F2, P, R>(Func<F1, F2, P, R> inner, F1 f1, F2 f2) => p => inner(f1, f2, p);

    private sealed class Hoister(LambdaExpression root) : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var visited = (Expression<T>)base.VisitLambda(node);
            if (ReferenceEquals(node, root)) return visited;
            var type = typeof(T);
            if (!type.IsGenericType || type.GetGenericTypeDefinition() is var def && def != typeof(Func<,>) && def != typeof(Func<,,>))
                return visited;
            var free = FreeParameters.Of(visited);
            if (free.Any(p => !root.Parameters.Contains(p))) return visited;
            var own = visited.Parameters;
            var result = visited.ReturnType;
            switch (free.Count)
            {
                case 0:
                    return Expression.Constant(visited.Compile(), type);
                case 1 when own.Count == 1:
                    return Bound(BindOneToOne, visited, [free[0], own[0]], [free[0].Type, own[0].Type, result], free);
                case 1 when own.Count == 2:
                    return Bound(BindOneToTwo, visited, [free[0], own[0], own[1]], [free[0].Type, own[0].Type, own[1].Type, result], free);
                case 2 when own.Count == 1:
                    return Bound(BindTwoToOne, visited, [free[0], free[1], own[0]], [free[0].Type, free[1].Type, own[0].Type, result], free);
                default:
                    return visited;
            }
        }

        private static Expression Bound(MethodInfo bind, LambdaExpression lambda, ParameterExpression[] parameters, Type[] types, List<ParameterExpression> free)
        {
            var innerType = Expression.GetFuncType(types);
            var inner = Expression.Lambda(innerType, lambda.Body, parameters).Compile();
            return Expression.Call(bind.MakeGenericMethod(types), [Expression.Constant(inner, innerType), .. free]);
        }
    }

    /// <summary>The parameters a lambda reads that none of its own lambdas or blocks declare, in the order first read.</summary>
    private sealed class FreeParameters : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _read = [];
        private readonly HashSet<ParameterExpression> _declared = [];

        public static List<ParameterExpression> Of(LambdaExpression lambda)
        {
            var finder = new FreeParameters();
            finder._declared.UnionWith(lambda.Parameters);
            finder.Visit(lambda.Body);
            return finder._read.Where(p => !finder._declared.Contains(p)).ToList();
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_read.Contains(node)) _read.Add(node);
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            if (node.Variable is not null) _declared.Add(node.Variable);
            return base.VisitCatchBlock(node);
        }
    }
}
