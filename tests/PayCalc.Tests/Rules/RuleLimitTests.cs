using PayCalc.Domain;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// A plan cannot hurt the process: formulas and files too large or too deep, unbounded calls and reads of the
/// engine's state are refused at load with file, line and component, never a stack overflow or a run without end.
/// (A stack overflow would kill the test host: these tests pass only because nothing recurses that deep.)
/// </summary>
public class RuleLimitTests
{
    private static readonly string Original = File.ReadAllText(Repo.Path("rules", "plans", "bank-card-center.yaml"));
    private const string Target = "amount: Hh * h * holiday_overtime_rate";

    private static IReadOnlyList<RuleError> Errors(string yaml) =>
        Assert.Throws<RuleLoadException>(() => PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), new Period(2026, 10))).Errors;

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    /// <summary>The holiday overtime line's amount replaced by <paramref name="formula"/>: its errors, all at its line
    /// and code, as one text.</summary>
    private static string AmountError(string formula)
    {
        Assert.Contains(Target, Original);
        var quoted = $"amount: '{formula.Replace("'", "''")}'";
        var yaml = Original.Replace(Target, quoted);
        var errors = Errors(yaml);
        Assert.All(errors, e =>
        {
            Assert.Equal("plan.yaml", e.File);
            Assert.Equal(LineOf(yaml, quoted), e.Line);
            Assert.Equal("holiday_overtime_pay", e.Code);
        });
        return string.Join("\n", errors.Select(e => e.Message));
    }

    [Fact]
    public void ThreeThousandNestedParentheses_AreRefusedBeforeParsing()
    {
        using var _ = UiCulture.Use("en");
        var e = AmountError(new string('(', 3000) + "Hh" + new string(')', 3000));
        Assert.Contains("characters long", e);
    }

    [Fact]
    public void ParenthesesNestedPastTheLimit_AreRefusedWhereTheyGoTooDeep()
    {
        using var _ = UiCulture.Use("en");
        var depth = RuleLimits.MaxFormulaNesting + 1;
        var e = AmountError(new string('(', depth) + "Hh" + new string(')', depth));
        Assert.Contains($"more than {RuleLimits.MaxFormulaNesting} deep (at character {depth})", e);
    }

    [Fact]
    public void ParenthesesAtTheLimit_Load()
    {
        var depth = RuleLimits.MaxFormulaNesting;
        var yaml = Original.Replace(Target, "amount: " + new string('(', depth) + "Hh * h * holiday_overtime_rate" + new string(')', depth));
        PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), new Period(2026, 10));
    }

    [Fact]
    public void ChainedConditionals_CountAsNesting()
    {
        using var _ = UiCulture.Use("en");
        var e = AmountError(string.Concat(Enumerable.Repeat("Hh > 1 ? 1 : ", 40)) + "0");
        Assert.Contains("conditionals", e);
    }

    [Fact]
    public void TwentyThousandTermSum_IsRefusedByLength()
    {
        using var _ = UiCulture.Use("en");
        var e = AmountError(string.Join("+", Enumerable.Repeat("1", 20_000)));
        Assert.Contains("39,999 characters long", e);
    }

    [Theory]
    [InlineData("1+", 450)]  // parsed in a loop, but a tree 450 deep
    [InlineData("-", 995)]   // parsed recursively, one small call per sign
    public void LongChainWithinTheLengthLimit_IsRefusedAsTooDeep(string link, int count)
    {
        using var _ = UiCulture.Use("en");
        var e = AmountError(string.Concat(Enumerable.Repeat(link, count)) + "1");
        Assert.Contains($"nested more than {RuleLimits.MaxExpressionTreeDepth} operations deep", e);
    }

    [Fact]
    public void SixNestedSelectManyOverShifts_IsRefused()
    {
        using var _ = UiCulture.Use("en");
        var e = Errors(Original.Replace(Target,
            "amount: shifts.SelectMany(s1 => shifts.SelectMany(s2 => shifts.SelectMany(s3 => shifts.SelectMany(s4 => shifts.SelectMany(s5 => shifts.SelectMany(s6 => shifts)))))).Count()"));
        Assert.Contains(e, x => x.Code == "holiday_overtime_pay" && x.Message.Contains("calling Enumerable.SelectMany is not available"));
        Assert.Contains(e, x => x.Code == "holiday_overtime_pay" && x.Message.Contains($"nests lambdas more than {RuleLimits.MaxLambdaNesting} deep"));
    }

    [Fact]
    public void ChainedSelectMany_IsRefusedThoughNotNested()
    {
        using var _ = UiCulture.Use("en");
        var e = AmountError("shifts.SelectMany(a => shifts).SelectMany(b => shifts).SelectMany(c => shifts).Count()");
        Assert.Contains("calling Enumerable.SelectMany is not available", e);
    }

    [Fact]
    public void LambdasNestedPastTheLimit_AreRefused()
    {
        using var _ = UiCulture.Use("en");
        var e = AmountError("shifts.Sum(a => shifts.Sum(b => shifts.Count(c => c.Hours > b.Hours)))");
        Assert.Contains($"nests lambdas more than {RuleLimits.MaxLambdaNesting} deep", e);
    }

    [Fact]
    public void LambdaInsideALambda_Loads()
    {
        var yaml = Original.Replace(Target, "amount: shifts.Sum(a => shifts.Count(b => b.Hours > a.Hours)) * h");
        PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), new Period(2026, 10));
    }

    [Theory]
    [InlineData("\"a\".PadLeft(1000000000).Length", "PadLeft")]
    [InlineData("\"a\".PadRight(1000000000).Length", "PadRight")]
    [InlineData("string.Join(\",\", shifts).Length", "Join")]
    [InlineData("string.Concat(\"a\", \"b\").Length", "Concat")]
    [InlineData("shifts.Select(s => s.Hours).Sum()", "Select")]
    [InlineData("shifts.Average(s => s.Hours)", "Average")]
    [InlineData("Math.Pow(2, 1000)", "Pow")]
    public void UnboundedOrUnlistedMethod_IsRefusedByName(string formula, string method)
    {
        var e = AmountError(formula);
        Assert.Contains(method, e);
    }

    [Theory]
    [InlineData("Enumerable.Range(0, 1000000000).Count()")]
    [InlineData("Enumerable.Repeat(1, 1000000000).Count()")]
    [InlineData("new string(\"a\"[0], 1000000000).Length")]
    public void BigCollectionOrString_IsRefused(string formula) => Assert.NotNull(AmountError(formula));

    [Theory]
    [InlineData("it.V[0]", "'V' of the engine's working state")]
    [InlineData("it.M[0] + it.H[0]", "'M' of the engine's working state")]
    [InlineData("it.BaseSalary", "'BaseSalary' of the engine's working state")]
    [InlineData("it.AgentId.Length", "'AgentId' of the engine's working state")]
    public void EngineState_IsReachableOnlyThroughDeclaredNames(string formula, string message)
    {
        using var _ = UiCulture.Use("en");
        var e = AmountError(formula);
        Assert.Contains(message, e);
    }

    [Fact]
    public void EngineState_IsRefusedInAFlagToo()
    {
        using var _ = UiCulture.Use("en");
        var yaml = Original.Replace("when: OT > overtime_flag_hours", "when: it.V[0] > 0");
        var e = Assert.Single(Errors(yaml), x => x.Message.Contains("'V' of the engine's working state"));
        Assert.Equal(LineOf(yaml, "when: it.V[0] > 0"), e.Line);
        Assert.Equal("overtime_over_36h", e.Code);
    }

    [Theory]
    [InlineData("flow", 50_000)]
    [InlineData("block", 50_000)]
    [InlineData("flow", RuleLimits.MaxYamlNesting)]
    public void YamlNestedPastTheLimit_IsRefusedWithItsLine(string style, int levels)
    {
        using var _ = UiCulture.Use("en");
        // The root mapping is one level, so `levels` lists inside it are one too many.
        var nested = style == "flow"
            ? new string('[', levels) + new string(']', levels)
            : string.Concat(Enumerable.Repeat("- ", levels)) + "x";
        var yaml = "plan: deep\nname: 深\nname_en: Deep\ncomment:\n  " + nested + "\n";
        var e = Assert.Single(Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(yaml, "deep.yaml")).Errors);
        Assert.Equal("deep.yaml", e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains($"nested more than {RuleLimits.MaxYamlNesting} deep", e.Message);
    }

    [Fact]
    public void YamlNestedToTheLimit_IsReadAsUsual()
    {
        using var _ = UiCulture.Use("en");
        var levels = RuleLimits.MaxYamlNesting - 1;
        var yaml = "plan: deep\ncomment:\n  " + new string('[', levels) + new string(']', levels) + "\n";
        var errors = Assert.Throws<RuleLoadException>(() => PlanLoader.Parse(yaml, "deep.yaml")).Errors;
        Assert.DoesNotContain(errors, e => e.Message.Contains("nested"));
        Assert.Contains(errors, e => e.Message.Contains("'comment' must be a single value"));
    }

    [Fact]
    public void LongChainOfComponents_IsOrderedDependenciesFirst()
    {
        // 500 variables, each using the next, ordered by the explicit-stack walk (a chain long enough to overflow
        // a recursive walk would take minutes to compile here, so this checks the order, not the stack).
        const int count = 500;
        var components = string.Concat(Enumerable.Range(0, count).Select(i =>
            $"  - code: v{i}\n    category: variable\n    value: {(i < count - 1 ? $"v{i + 1} + 1" : "1")}\n"));
        var yaml = Original.Replace("components:\n", "components:\n" + components);
        Assert.NotEqual(Original, yaml);
        var order = PlanCompiler.Compile(PlanLoader.Parse(yaml, "plan.yaml", directory: Repo.Path("rules", "plans")), new Period(2026, 10))
            .EvaluationOrder.Select(c => c.Code).ToList();
        Assert.Equal(Enumerable.Range(0, count).Reverse().Select(i => $"v{i}"), order.Where(c => c.StartsWith('v') && c[1..].All(char.IsDigit)));
    }
}
