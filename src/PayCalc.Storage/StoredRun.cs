using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Storage;

/// <summary>A run as stored: the record of one calculation of a period. Totals are sums of the payslips' gross
/// and net; <see cref="CreatedAt"/> is UTC from the store's <see cref="TimeProvider"/>.</summary>
public sealed record StoredRun
{
    public required long Id { get; init; }
    public required Period Period { get; init; }
    public required string PlanCode { get; init; }
    public required string PlanVersion { get; init; }
    public required string PlanSha256 { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required int AgentCount { get; init; }
    public required decimal GrossTotal { get; init; }
    public required decimal NetTotal { get; init; }
    public required IReadOnlyDictionary<string, string> Settings { get; init; }
    public required IReadOnlyList<InputFile> InputFiles { get; init; }
    /// <summary>The schema the run was stored with: before 4, its opening balances, roster tax flags and contract terms
    /// are not in the database (<see cref="StoredInputs.NotStoredBeforeSchema4"/>), nor its trace catalog and rows.</summary>
    public int StoredSchema { get; init; } = PayCalcDbContext.SchemaVersion;
}
