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
    /// <summary>STA 2020 No. 13: this employer pays the agent's first wage income of the year (basic deduction from January).</summary>
    public bool FirstWageIncomeOfYear { get; init; }
    /// <summary>STA 2020 No. 19: last year this employer withheld every month and wages were at most 60,000 (60,000 deducted from January).</summary>
    public bool PriorYearLowIncome { get; init; }
    /// <summary>Labour contract term in months, or null when not given; open-ended contracts are <see cref="OpenEndedContractMonths"/>.</summary>
    public int? ContractTermMonths { get; init; }
    public SourceRef Source { get; init; } = SourceRef.None;

    /// <summary>Contract term recorded for an open-ended (无固定期限) contract: longer than any fixed term.</summary>
    public const int OpenEndedContractMonths = 1200;

    public bool IsEmployedOn(DateOnly date) =>
        date >= HireDate && (TerminationDate is null || date <= TerminationDate.Value);

    public bool IsOnProbationOn(DateOnly date) => ProbationEnd is { } end && date <= end;

    /// <summary>True when employed on at least one day of the period (then the agent gets a payslip).</summary>
    public bool IsEmployedIn(Period period) =>
        HireDate <= period.LastDay && (TerminationDate is null || TerminationDate.Value >= period.FirstDay);
}
