namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_ytd_balance</c> (schema 4): an income-tax opening balance as imported for a run (<c>ytd</c> file),
/// so a stored month can be recomputed from the database alone.</summary>
public sealed class YtdBalanceRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public int Year { get; set; }
    public int Months { get; set; }
    public decimal Income { get; set; }
    public decimal SpecialDeductions { get; set; }
    public decimal AdditionalDeductions { get; set; }
    public decimal TaxWithheld { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    public int SourceRow { get; set; }
}
