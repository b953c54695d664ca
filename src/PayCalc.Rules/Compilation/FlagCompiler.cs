using System.Linq.Dynamic.Core.Exceptions;
using System.Text.RegularExpressions;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>Compiles a flag's condition and its message, whose <c>{name}</c> placeholders show scalar values.</summary>
internal static partial class FlagCompiler
{
    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The compiled flag, or null when its condition cannot be compiled (reported in <paramref name="errors"/>).</summary>
    public static CompiledFlag? Compile(FlagDefinition f, FormulaCompiler formulas, string planFile, List<RuleError> errors)
    {
        var site = new FormulaSite(f.File.Length > 0 ? f.File : planFile, f.Code, errors);
        if (formulas.Parse(f.When, typeof(bool), f.Line, "when", site) is not { } lambda) return null;
        try
        {
            var message = BuildMessage(f, formulas.Names.Scalars, site);
            return new CompiledFlag(f, (Func<AgentScope, bool>)lambda.Compile(), message, site.ReadsCollections);
        }
        catch (Exception ex) when (ex is ParseException or InvalidOperationException or ArgumentException)
        {
            site.Error(f.Line, $"when '{f.When}': {ex.Message}");
            return null;
        }
    }

    private static Func<AgentScope, string> BuildMessage(FlagDefinition f, IReadOnlyDictionary<string, Func<AgentScope, string>> scalars, FormulaSite site)
    {
        var parts = new List<Func<AgentScope, string>>();
        var last = 0;
        foreach (Match m in Placeholder().Matches(f.Message))
        {
            var literal = f.Message[last..m.Index];
            parts.Add(_ => literal);
            if (scalars.TryGetValue(m.Groups[1].Value, out var v)) parts.Add(v);
            else site.Error(f.Line, $"message names unknown value '{m.Groups[1].Value}'.");
            last = m.Index + m.Length;
        }
        var tail = f.Message[last..];
        parts.Add(_ => tail);
        return s => string.Concat(parts.Select(p => p(s)));
    }
}
