namespace PayCalc.Domain.Inputs;

/// <summary>
/// An agent's income-tax opening balance for a tax year that started before PayCalc held its months (data
/// contract <c>ytd</c> file): months counted, cumulative income, special deductions (own social insurance and
/// housing fund), special additional deductions and tax withheld, all positive CNY amounts.
/// </summary>
public sealed record YtdBalance
{
    public required string AgentId { get; init; }
    public required int Year { get; init; }
    public required int Months { get; init; }
    public required decimal Income { get; init; }
    public required decimal SpecialDeductions { get; init; }
    public required decimal AdditionalDeductions { get; init; }
    public required decimal TaxWithheld { get; init; }
    public SourceRef Source { get; init; } = SourceRef.None;
}
