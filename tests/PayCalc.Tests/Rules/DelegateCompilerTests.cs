using System.Linq.Expressions;
using PayCalc.Rules.Compilation;

namespace PayCalc.Tests.Rules;

/// <summary>Inner lambdas are compiled once instead of per call, and the values stay what the expression compiler gives.</summary>
public sealed class DelegateCompilerTests
{
    public sealed class Scope
    {
        public decimal Rate { get; init; }
        public decimal[] Amounts { get; init; } = [];
    }

    private static readonly Scope Agent = new() { Rate = 0.5m, Amounts = [10m, 20m, 0m, 30.25m] };

    private static int InnerLambdas(LambdaExpression lambda)
    {
        var count = 0;
        new Counter(() => count++).Visit(lambda.Body);
        return count;
    }

    private sealed class Counter(Action found) : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            found();
            return base.VisitLambda(node);
        }
    }

    [Fact]
    public void InnerLambdaReadingOnlyItsParameter_BecomesOneDelegate_SameValue()
    {
        Expression<Func<Scope, decimal>> f = s => s.Amounts.Where(a => a > 0m).Sum(a => a * 2m);
        Assert.Equal(2, InnerLambdas(f));
        Assert.Equal(0, InnerLambdas(DelegateCompiler.Hoist(f)));
        Assert.Equal(f.Compile()(Agent), DelegateCompiler.Compile(f)(Agent));
        Assert.Equal(120.50m, DelegateCompiler.Compile(f)(Agent));
    }

    [Fact]
    public void InnerLambdaReadingTheScope_IsBoundPerCall_SameValue()
    {
        Expression<Func<Scope, decimal>> f = s => s.Amounts.Sum(a => a * s.Rate);
        Assert.Equal(0, InnerLambdas(DelegateCompiler.Hoist(f)));
        var compiled = DelegateCompiler.Compile(f);
        Assert.Equal(30.125m, compiled(Agent));
        // The scope is read per call, not frozen at the first.
        Assert.Equal(60.25m, compiled(new Scope { Rate = 1m, Amounts = Agent.Amounts }));
    }

    [Fact]
    public void TwoOuterParameters_AndTwoParameterInnerLambda_AreBound()
    {
        Expression<Func<Scope, decimal, decimal>> f = (s, extra) => s.Amounts.Where((a, i) => a > extra * i).Sum(a => a * s.Rate + extra);
        Assert.Equal(0, InnerLambdas(DelegateCompiler.Hoist(f)));
        var compiled = DelegateCompiler.Compile(f);
        Assert.Equal(f.Compile()(Agent, 5m), compiled(Agent, 5m));
        Assert.Equal(f.Compile()(Agent, 100m), compiled(Agent, 100m));
    }

    [Fact]
    public void LambdaReadingTheLambdaAroundIt_IsLeftToTheCompiler()
    {
        Expression<Func<Scope, decimal>> f = s => s.Amounts.Sum(a => s.Amounts.Count(b => b < a));
        // The innermost reads 'a' of the lambda around it: it stays; the middle one reads only the scope: hoisted.
        var hoisted = DelegateCompiler.Hoist(f);
        Assert.Equal(0, InnerLambdas(hoisted));
        Assert.Equal(f.Compile()(Agent), DelegateCompiler.Compile(f)(Agent));
        Assert.Equal(6m, DelegateCompiler.Compile(f)(Agent));
    }
}
