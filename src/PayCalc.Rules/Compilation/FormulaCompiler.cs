using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Turns one formula into a delegate over the agent's scope: size limit, parse against exactly the plan's names,
/// sandbox, type and unit check, compile. Problems are reported at the formula's site; a formula that cannot be
/// compiled yields null (the load fails anyway).
/// </summary>
internal sealed partial class FormulaCompiler(PlanNames names)
{
    private static readonly ParsingConfig Config = new()
    {
        CustomTypeProvider = new EngineTypeProvider(),
        AllowNewToEvaluateAnyType = false,
        EvaluateGroupByAtDatabase = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        ResolveTypesBySimpleName = false,
    };

    public PlanNames Names => names;

    /// <summary>Parses and sandboxes <paramref name="text"/> (named <paramref name="what"/> in messages); null when it
    /// cannot be parsed or is too deep to check. <paramref name="resultType"/> null keeps the expression's own type.
    /// <paramref name="aliases"/> are further named parameters after the scope (the facts a check's patterns name).</summary>
    public LambdaExpression? Parse(string text, Type? resultType, int line, string what, FormulaSite site, IReadOnlyList<ParameterExpression>? aliases = null)
    {
        if (FormulaSize.Check(text, what) is { } tooLarge)
        {
            site.Error(line, tooLarge);
            return null;
        }
        var recording = new RecordingNames(names.Names);
        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(Config, [names.Scope, .. aliases ?? []], resultType, text, recording);
        }
        catch (ParseException ex)
        {
            site.Error(line, UnknownName(ex, text, what, aliases) ?? RuleMessages.Format("Formula_CannotParse", what, text, ex.Message, ex.Position + 1));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            site.Error(line, RuleMessages.Format("Formula_Problem", what, text, ex.Message));
            return null;
        }
        foreach (var n in recording.Used)
            if (names.ComponentCodes.Contains(n)) site.Uses.Add(n);
        var (problems, tooDeep, readsCollections) = ExpressionSandbox.Check(lambda.Body, names.Offered, names.Scope);
        foreach (var problem in problems)
            site.Error(line, RuleMessages.Format("Formula_Problem", what, text, problem));
        if (tooDeep) return null;
        site.ReadsCollections |= readsCollections;
        return lambda;
    }

    /// <summary>A formula of type <typeparamref name="T"/> (bool or decimal); a number's unit must agree with
    /// <paramref name="declared"/> unless either is <see cref="Unit.Any"/>.</summary>
    public Func<AgentScope, T>? Compile<T>(string text, int line, string what, Unit declared, FormulaSite site)
    {
        if (Parse(text, null, line, what, site) is not { } lambda) return null;
        var body = lambda.Body;
        if (typeof(T) == typeof(bool) && body.Type != typeof(bool))
        {
            site.Error(line, RuleMessages.Format("Formula_NotBool", what, text, TypeName(body.Type)));
            return null;
        }
        if (typeof(T) == typeof(decimal))
        {
            if (!IsExactNumber(body.Type))
            {
                if (body.Type != typeof(double) && body.Type != typeof(float))
                    site.Error(line, RuleMessages.Format("Formula_NotNumber", what, text, TypeName(body.Type)));
                return null;
            }
            var (unit, unitProblems) = UnitCheck.Infer(body, names.Units);
            foreach (var problem in unitProblems)
                site.Error(line, RuleMessages.Format("Formula_Problem", what, text, problem));
            if (declared != Unit.Any && unit != Unit.Any && unit != declared)
                site.Error(line, RuleMessages.Format("Formula_UnitMismatch", what, text, unit.ToString().ToLowerInvariant(), declared.ToString().ToLowerInvariant()));
            body = Expression.Convert(body, typeof(decimal));
        }
        else
        {
            foreach (var problem in UnitCheck.Infer(body, names.Units).Problems)
                site.Error(line, RuleMessages.Format("Formula_Problem", what, text, problem));
        }
        return DelegateCompiler.Compile(Expression.Lambda<Func<AgentScope, T>>(body, names.Scope));
    }

    private static bool IsExactNumber(Type t) => t == typeof(decimal) || t == typeof(int) || t == typeof(long) || t == typeof(decimal?) || t == typeof(int?);

    private static string TypeName(Type t) => t == typeof(bool) ? RuleMessages.Get("Type_Bool") : t == typeof(string) ? RuleMessages.Get("Type_Text") : t.Name;

    /// <summary>The expression parser reports a name it cannot resolve as a member missing from a type: from the agent's
    /// scope (an unknown plan name) or from a fact (<c>s.Hourz</c>). Said in the plan's words, with the closest known name,
    /// never the engine's type; null for any other parse problem.</summary>
    private string? UnknownName(ParseException ex, string text, string what, IReadOnlyList<ParameterExpression>? aliases)
    {
        var m = MissingMember().Match(ex.Message);
        if (!m.Success && UnknownIdentifier().Match(ex.Message) is { Success: true } unknown) m = unknown;
        if (!m.Success) return null;
        var name = m.Groups[1].Value;
        // "Unknown identifier" (a formula with further parameters, such as a check's aliases) names no type: a plan name.
        var type = m.Groups[2].Success ? m.Groups[2].Value : typeof(AgentScope).Name;
        var at = ex.Position + 1;
        if (type == typeof(AgentScope).Name)
        {
            var known = names.Names.Keys.Concat(aliases?.Select(a => a.Name ?? "") ?? []);
            return Closest(name, known) is { } near
                ? RuleMessages.Format("Formula_UnknownNameDidYouMean", what, text, name, at, near)
                : RuleMessages.Format("Formula_UnknownName", what, text, name, at);
        }
        if (FactWords.FirstOrDefault(f => f.Type.Name == type) is not { Type: not null } fact) return null;
        var members = fact.Type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(x => x is PropertyInfo or MethodInfo { IsSpecialName: false } && x.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$"))
            .Select(x => x.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return Closest(name, members) is { } field
            ? RuleMessages.Format("Formula_UnknownFieldDidYouMean", what, text, RuleMessages.Get(fact.Word), name, at, field)
            : RuleMessages.Format("Formula_UnknownField", what, text, RuleMessages.Get(fact.Word), name, at, string.Join(", ", members));
    }

    private static readonly (Type Type, string Word)[] FactWords =
    [
        (typeof(ShiftFact), "Fact_Shift"), (typeof(LeaveFact), "Fact_Leave"), (typeof(DealFact), "Fact_Deal"),
        (typeof(EarlierMonthFact), "Fact_Earlier"), (typeof(LookupTable), "Fact_Table"), (typeof(ScaleTable), "Fact_Table"),
        (typeof(BracketTable), "Fact_Table"), (typeof(MonthlyHistory), "Fact_Table"),
    ];

    [System.Text.RegularExpressions.GeneratedRegex(@"^No property or field '([^']+)' exists in type '([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex MissingMember();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Unknown identifier '([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex UnknownIdentifier();

    /// <summary>The known name nearest to <paramref name="unknown"/> (ignoring case; at most a third of its letters off,
    /// at least 2), or null. Ties go to the first in ordinal order, so the message is the same every time.</summary>
    internal static string? Closest(string unknown, IEnumerable<string> known)
    {
        var limit = Math.Max(2, unknown.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known.Distinct().Order(StringComparer.Ordinal))
        {
            var d = Distance(unknown.ToLowerInvariant(), k.ToLowerInvariant());
            if (d < bestDistance && d <= limit) (best, bestDistance) = (k, d);
        }
        return best;
    }

    /// <summary>Levenshtein distance (insert, delete, replace one character).</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
