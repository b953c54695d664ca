namespace PayCalc.Rules.Runtime;

/// <summary>Some payslips could not be computed; carries every failure. Nothing is stored.</summary>
public sealed class ComputeFailedException(IReadOnlyList<ComputeError> errors)
    : Exception($"{errors.Count} payslip computation(s) failed.")
{
    public IReadOnlyList<ComputeError> Errors { get; } = errors;
}
