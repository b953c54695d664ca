using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// The component or flag whose formulas are being compiled: where its errors point (file and code), and what its
/// formulas turned out to read, gathered over all of them.
/// </summary>
internal sealed class FormulaSite(string file, string code, List<RuleError> errors)
{
    public string Code { get; } = code;

    /// <summary>Components the formulas read, by code (the exact dependencies, recorded by the parser).</summary>
    public HashSet<string> Uses { get; } = new(StringComparer.Ordinal);

    /// <summary>A formula has a lambda over shifts, leave or deals.</summary>
    public bool ReadsCollections { get; set; }

    public void Error(int line, string message) => errors.Add(new RuleError(file, line, Code, message));
}
