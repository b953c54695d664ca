namespace PayCalc.Domain.Inputs;

/// <summary>Thrown when input files have problems; carries every problem found, not only the first.</summary>
public sealed class InputRejectedException(IReadOnlyList<InputError> errors)
    : Exception(Messages.Format("Input_Rejected", errors.Count))
{
    public IReadOnlyList<InputError> Errors { get; } = errors;
}
