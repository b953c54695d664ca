using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;

namespace PayCalc.Application;

/// <summary>
/// A month computed and kept nowhere (preview, recompute): its payroll, or what stopped it - a refusal, the rule
/// files' problems, the input's problems or the payslips that could not be computed. Warnings come either way.
/// </summary>
public sealed record MonthOutcome
{
    /// <summary>The month's payslips, null when something stopped the computation.</summary>
    public PayrollResult? Result { get; init; }

    /// <summary>Remarks that did not stop it (an unknown column ignored, a file read as GB18030, an input not stored).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why the month was not computed at all (e.g. no stored run to recompute), or null.</summary>
    public string? Refusal { get; init; }

    /// <summary>Problems of the plan or calendar files, each with file and line.</summary>
    public IReadOnlyList<RuleError> RuleErrors { get; init; } = [];

    /// <summary>Problems of the input, each with file, sheet, row and column: every one found, not only the first.</summary>
    public IReadOnlyList<InputError> InputErrors { get; init; } = [];

    /// <summary>Payslips that could not be computed.</summary>
    public IReadOnlyList<ComputeError> ComputeErrors { get; init; } = [];

    public bool IsComputed => Result is not null;

    /// <summary>Every problem as one line of text, refusal first.</summary>
    public IEnumerable<string> Problems =>
        (Refusal is null ? [] : new[] { Refusal })
            .Concat(RuleErrors.Select(e => e.ToString()))
            .Concat(InputErrors.Select(e => e.ToString()))
            .Concat(ComputeErrors.Select(e => e.ToString()));
}
