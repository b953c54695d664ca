using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// The outcome of importing an input folder: the records that parsed, and every problem found in every
/// file. The input must not be used for a payroll run unless <see cref="Errors"/> is empty.
/// </summary>
public sealed record ImportResult(PayrollInput Input, IReadOnlyList<InputError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The input when there is no error; otherwise throws <see cref="InputRejectedException"/> carrying all errors.</summary>
    public PayrollInput GetValidInput() => IsValid ? Input : throw new InputRejectedException(Errors);
}
