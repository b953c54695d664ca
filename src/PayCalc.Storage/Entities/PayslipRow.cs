namespace PayCalc.Storage.Entities;

/// <summary>Table <c>payslip</c>: one agent's payslip in a run, with its totals.</summary>
public sealed class PayslipRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Team { get; set; } = "";
    public decimal Gross { get; set; }
    public decimal Net { get; set; }
}
