using PayCalc.Domain.Payroll;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>A check turned into an NRules rule of the same name (its code). <see cref="Message"/> renders the
/// exception from the facts of a match, by declaration name (<c>payslip</c> and each positive pattern's alias).</summary>
internal sealed record CompiledCheck(CheckDefinition Definition, Func<IReadOnlyDictionary<string, object>, string> Message)
{
    public string Code => Definition.Code;
    public FlagSeverity Severity => Definition.Severity;
}
