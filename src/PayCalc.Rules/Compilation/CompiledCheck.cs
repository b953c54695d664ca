using PayCalc.Domain.Payroll;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>A check turned into an NRules rule of the same name (its code). <see cref="Message"/> renders the
/// exception from the facts of a match, by declaration name (<c>payslip</c> and each positive pattern's alias), in the
/// current UI language: <c>message_en</c> when it is English and the check has one, else <c>message</c>.</summary>
internal sealed record CompiledCheck(CheckDefinition Definition, Func<IReadOnlyDictionary<string, object>, string> Chinese,
    Func<IReadOnlyDictionary<string, object>, string>? English)
{
    public string Message(IReadOnlyDictionary<string, object> facts) =>
        RuleMessages.English && English is { } en ? en(facts) : Chinese(facts);

    public string Code => Definition.Code;
    public FlagSeverity Severity => Definition.Severity;
}
