using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// Turns one formula into a delegate over the agent's scope: size limit, parse against exactly the plan's names,
/// sandbox, type and unit check, compile. Problems are reported at the formula's site; a formula that cannot be
/// compiled yields null (the load fails anyway).
/// </summary>
internal sealed class FormulaCompiler(PlanNames names)
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
        if (FormulaSize.Check(text) is { } tooLarge)
        {
            site.Error(line, $"{what} {tooLarge}");
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
            site.Error(line, $"{what} '{text}': {ex.Message} (at character {ex.Position + 1}).");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            site.Error(line, $"{what} '{text}': {ex.Message}");
            return null;
        }
        foreach (var n in recording.Used)
            if (names.ComponentCodes.Contains(n)) site.Uses.Add(n);
        var (problems, tooDeep, readsCollections) = ExpressionSandbox.Check(lambda.Body, names.Offered, names.Scope);
        foreach (var problem in problems)
            site.Error(line, $"{what} '{text}': {problem}");
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
            site.Error(line, $"{what} '{text}' must be true or false, but it is a {TypeName(body.Type)}.");
            return null;
        }
        if (typeof(T) == typeof(decimal))
        {
            if (!IsExactNumber(body.Type))
            {
                if (body.Type != typeof(double) && body.Type != typeof(float))
                    site.Error(line, $"{what} '{text}' must be a number, but it is a {TypeName(body.Type)}.");
                return null;
            }
            var (unit, unitProblems) = UnitCheck.Infer(body, names.Units);
            foreach (var problem in unitProblems)
                site.Error(line, $"{what} '{text}': {problem}");
            if (declared != Unit.Any && unit != Unit.Any && unit != declared)
                site.Error(line, $"{what} '{text}' is {unit.ToString().ToLowerInvariant()}, but the component is declared {declared.ToString().ToLowerInvariant()}.");
            body = Expression.Convert(body, typeof(decimal));
        }
        else
        {
            foreach (var problem in UnitCheck.Infer(body, names.Units).Problems)
                site.Error(line, $"{what} '{text}': {problem}");
        }
        return Expression.Lambda<Func<AgentScope, T>>(body, names.Scope).Compile();
    }

    private static bool IsExactNumber(Type t) => t == typeof(decimal) || t == typeof(int) || t == typeof(long) || t == typeof(decimal?) || t == typeof(int?);

    private static string TypeName(Type t) => t == typeof(bool) ? "true/false value" : t == typeof(string) ? "text" : t.Name;
}
