namespace PayCalc.Domain.Inputs;

/// <summary>Thrown when input files have problems; carries every problem found, not only the first.</summary>
public sealed class InputRejectedException(IReadOnlyList<InputError> errors)
    : Exception($"{errors.Count} problem(s) in the input files.")
{
    public IReadOnlyList<InputError> Errors { get; } = errors;
}
