using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>What <see cref="PayrollRuns.SaveRun"/> stores: the imported input, the computed result, and the
/// plan file's hash and the run settings for the record. Input and result must be for the same period.</summary>
public sealed record RunToSave
{
    public required PayrollInput Input { get; init; }
    public required PayrollResult Result { get; init; }
    /// <summary>SHA-256 (hex) of the plan file the result was computed with.</summary>
    public required string PlanSha256 { get; init; }
    /// <summary>Run settings worth recording (e.g. <c>culture</c>), name to invariant text.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public Period Period => Result.Period;
    public string PlanCode => Result.PlanCode;
    public string PlanVersion => Result.PlanVersion;
}
