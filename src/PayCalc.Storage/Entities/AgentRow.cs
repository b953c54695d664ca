namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_agent</c>: the roster as imported for a run (a snapshot; later rosters may differ).</summary>
public sealed class AgentRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Team { get; set; } = "";
    public DateOnly HireDate { get; set; }
    public DateOnly? ProbationEnd { get; set; }
    public DateOnly? TerminationDate { get; set; }
    public decimal BaseSalary { get; set; }
    public string? City { get; set; }
    public decimal? ContributionBase { get; set; }
    public decimal? HousingFundRate { get; set; }
    public decimal? SpecialAdditionalDeduction { get; set; }
    /// <summary>Roster column <c>first_wage_income_of_year</c> (STA 2020 No. 13); schema 4.</summary>
    public bool FirstWageIncomeOfYear { get; set; }
    /// <summary>Roster column <c>prior_year_low_income</c> (STA 2020 No. 19); schema 4.</summary>
    public bool PriorYearLowIncome { get; set; }
    /// <summary>Roster column <c>contract_term_months</c>; schema 4.</summary>
    public int? ContractTermMonths { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
