namespace PayCalc.Rules.Runtime;

/// <summary>Some payslips could not be computed; carries every failure. Nothing is stored.</summary>
public sealed class ComputeFailedException(IReadOnlyList<ComputeError> errors)
    : Exception(RuleMessages.Format("Compute_Failed", errors.Count))
{
    public IReadOnlyList<ComputeError> Errors { get; } = errors;
}
