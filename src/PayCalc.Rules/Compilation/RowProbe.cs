using System.Globalization;
using System.Linq.Expressions;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Finds the rows behind an aggregate line. The first aggregate of the formula over the agent's shifts, leave or
/// deals (<c>Sum</c>, <c>Count</c>, <c>Any</c>, <c>Average</c>, <c>Min</c>, <c>Max</c>, after any <c>Where</c>) is
/// compiled a second time, taken apart: the filtered rows, each row's own value (its selector; 1 for a count) and the
/// numbers the formula reads from a row (<c>Amount</c>, <c>HoursInWindow(22, 6)</c>). Run for payslip lines only,
/// after the line is computed, to keep the trace of 100,000 agents small.
/// </summary>
internal sealed class RowProbe
{
    private static readonly HashSet<string> Aggregates = ["Sum", "Count", "LongCount", "Any", "Average", "Min", "Max"];
    private static readonly Dictionary<string, string> Collections = new()
    {
        [nameof(AgentScope.Shifts)] = "shifts",
        [nameof(AgentScope.Leave)] = "leave",
        [nameof(AgentScope.Deals)] = "deals",
    };

    private readonly Func<AgentScope, TraceRow[]> _collect;

    private RowProbe(RowShape shape, Func<AgentScope, TraceRow[]> collect)
    {
        Shape = shape;
        _collect = collect;
    }

    public RowShape Shape { get; }

    /// <summary>The rows that contributed to the agent's value (empty when none did).</summary>
    public TraceRow[] Collect(AgentScope scope) => _collect(scope);

    /// <summary>The probe of a parsed formula, or null when it aggregates no rows.</summary>
    public static RowProbe? Build(LambdaExpression formula, ParameterExpression scope)
    {
        var finder = new AggregateFinder(scope);
        finder.Visit(formula.Body);
        if (finder.Found is not { } call) return null;
        var (source, collection) = finder.Root!.Value;
        var element = source.Type.GetInterfaces().Append(source.Type)
            .First(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
        // Only rows themselves (after Where): a projection (Select) has no source row to show.
        if (!typeof(ITracedRow).IsAssignableFrom(element)) return null;
        var build = typeof(RowProbe).GetMethod(nameof(BuildFor), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(element);
        return (RowProbe)build.Invoke(null, [call, collection, scope])!;
    }

    private static RowProbe BuildFor<T>(MethodCallExpression call, string collection, ParameterExpression scope) where T : ITracedRow
    {
        var rows = DelegateCompiler.Compile(Expression.Lambda<Func<AgentScope, IEnumerable<T>>>(call.Arguments[0], scope));
        var lambda = call.Arguments.Count > 1 ? StripQuote(call.Arguments[1]) : null;
        var isSum = call.Method.Name is "Sum" or "Average" or "Min" or "Max";
        Func<AgentScope, T, decimal>? value = null;
        Func<AgentScope, T, bool>? match = null;
        if (lambda is not null && isSum)
            value = DelegateCompiler.Compile(Expression.Lambda<Func<AgentScope, T, decimal>>(Expression.Convert(lambda.Body, typeof(decimal)), scope, lambda.Parameters[0]));
        else if (lambda is not null && lambda.Body.Type == typeof(bool))
            match = DelegateCompiler.Compile(Expression.Lambda<Func<AgentScope, T, bool>>(lambda.Body, scope, lambda.Parameters[0]));

        // The numbers read from a row, anywhere in the aggregate (filters and selector), each once.
        var reads = new RowReads();
        reads.Visit(call);
        var rowParameter = Expression.Parameter(typeof(T), "row");
        var fields = reads.Found.Select(r => Expression.Lambda<Func<T, decimal>>(
            Expression.Convert(new Rebind(r.Parameter, rowParameter).Visit(r.Expression), typeof(decimal)), rowParameter).Compile()).ToArray();
        var shape = new RowShape(collection, reads.Found.Select(r => r.Text).ToArray());

        return new RowProbe(shape, s =>
        {
            // One list per thread, reused: only the agent's final array is new.
            var found = t_found ??= new List<TraceRow>(64);
            found.Clear();
            foreach (var row in rows(s))
            {
                if (match is not null && !match(s, row)) continue;
                var own = value?.Invoke(s, row) ?? 1m;
                if (isSum && own == 0m) continue;
                var values = new decimal[fields.Length];
                for (var k = 0; k < fields.Length; k++) values[k] = fields[k](row);
                found.Add(new TraceRow(row.Source, row.Date, own, values));
            }
            return found.Count == 0 ? [] : found.ToArray();
        });
    }

    [ThreadStatic]
    private static List<TraceRow>? t_found;

    private static LambdaExpression? StripQuote(Expression e) => e switch
    {
        LambdaExpression l => l,
        UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression l } => l,
        _ => null,
    };

    /// <summary>The first aggregate call whose source is rooted at a row collection of the scope.</summary>
    private sealed class AggregateFinder(ParameterExpression scope) : ExpressionVisitor
    {
        public MethodCallExpression? Found { get; private set; }
        public (Expression Source, string Collection)? Root { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (Found is not null) return node;
            if (node.Method.DeclaringType == typeof(Enumerable) && Aggregates.Contains(node.Method.Name)
                && RootOf(node.Arguments[0]) is { } collection)
            {
                Found = node;
                Root = (node.Arguments[0], collection);
                return node;
            }
            return base.VisitMethodCall(node);
        }

        private string? RootOf(Expression e)
        {
            while (true)
            {
                switch (e)
                {
                    case MethodCallExpression { Method.DeclaringType: var t } m when t == typeof(Enumerable) && m.Arguments.Count > 0:
                        e = m.Arguments[0];
                        continue;
                    case MemberExpression { Expression: var owner, Member.Name: var name } when owner == scope:
                        return Collections.GetValueOrDefault(name);
                    case UnaryExpression { NodeType: ExpressionType.Convert } u:
                        e = u.Operand;
                        continue;
                    default:
                        return null;
                }
            }
        }
    }

    /// <summary>Numeric member reads and calls on a row parameter (<c>d.Amount</c>, <c>s.HoursInWindow(22, 6)</c>), named
    /// by the member (<c>Amount</c>, <c>HoursInWindow(22, 6)</c>, with the parameters' values in force).</summary>
    private sealed class RowReads : ExpressionVisitor
    {
        private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
        public List<(string Text, Expression Expression, ParameterExpression Parameter)> Found { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ParameterExpression p && IsNumber(node.Type))
            {
                Add(node.Member.Name, node, p);
                return node;
            }
            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object is ParameterExpression p && IsNumber(node.Type) && node.Arguments.All(a => a is ConstantExpression))
            {
                var args = string.Join(", ", node.Arguments.Select(a => a is ConstantExpression { Value: var v } && v is IConvertible c
                    ? FormulaText.Display(c.ToDecimal(CultureInfo.InvariantCulture)) : "?"));
                Add($"{node.Method.Name}({args})", node, p);
                return node;
            }
            return base.VisitMethodCall(node);
        }

        private void Add(string text, Expression e, ParameterExpression p)
        {
            if (_texts.Add(text)) Found.Add((text, e, p));
        }

        private static bool IsNumber(Type t) => t == typeof(decimal) || t == typeof(int) || t == typeof(long);
    }

    /// <summary>Puts one shared row parameter in place of a lambda's own.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
