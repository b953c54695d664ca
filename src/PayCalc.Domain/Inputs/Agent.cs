namespace PayCalc.Domain.Inputs;

/// <summary>An agent on the roster. Dates are inclusive; money is monthly CNY.</summary>
public sealed record Agent
{
    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }
    public required DateOnly HireDate { get; init; }
    /// <summary>Last day of probation (inclusive), or null when there is none.</summary>
    public DateOnly? ProbationEnd { get; init; }
    /// <summary>Last employed day (inclusive), or null while employed.</summary>
    public DateOnly? TerminationDate { get; init; }
    public required decimal BaseSalary { get; init; }
    public string? City { get; init; }
    public decimal? ContributionBase { get; init; }
    public decimal? HousingFundRate { get; init; }
    public decimal? SpecialAdditionalDeduction { get; init; }
    public SourceRef Source { get; init; } = SourceRef.None;

    public bool IsEmployedOn(DateOnly date) =>
        date >= HireDate && (TerminationDate is null || date <= TerminationDate.Value);

    public bool IsOnProbationOn(DateOnly date) => ProbationEnd is { } end && date <= end;

    /// <summary>True when employed on at least one day of the period (then the agent gets a payslip).</summary>
    public bool IsEmployedIn(Period period) =>
        HireDate <= period.LastDay && (TerminationDate is null || TerminationDate.Value >= period.FirstDay);
}
