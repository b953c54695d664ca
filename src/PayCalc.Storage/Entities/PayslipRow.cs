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
    /// <summary>The plan's intermediate values, exact, as a compact JSON object of code to text.</summary>
    public string Trace { get; set; } = "{}";
    /// <summary>Display values of the facts and metrics the formulas used, as a JSON object of name to text.</summary>
    public string Facts { get; set; } = "{}";
}
