namespace PayCalc.Storage.Entities;

/// <summary>Table <c>payslip_line</c>: one line of a payslip. <see cref="RunId"/> is repeated from the
/// payslip so a run's lines can be deleted and read by code without a join. Names and formula are in
/// <c>run_component</c> (once per run).</summary>
public sealed class PayslipLineRow
{
    public long Id { get; set; }
    public long PayslipId { get; set; }
    public long RunId { get; set; }
    /// <summary>Position in the plan's order, from 0.</summary>
    public int Seq { get; set; }
    public string Code { get; set; } = "";
    /// <summary>earning | deduction | info | employer.</summary>
    public string Category { get; set; } = "";
    public decimal Amount { get; set; }
    public string Explain { get; set; } = "";
    /// <summary>The values that went in, as a compact JSON object of name to text.</summary>
    public string Inputs { get; set; } = "{}";
}
