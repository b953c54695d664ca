namespace PayCalc.Storage.Entities;

/// <summary>Table <c>payslip_line</c>: one line of a payslip. <see cref="RunId"/> is repeated from the
/// payslip so a run's lines can be deleted and read by code without a join. Names and formula are in
/// <c>run_component</c> (once per run); the values that went in are the payslip's facts and trace and the run's
/// parameters, from which the explanation is rendered again exactly as computed.</summary>
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
}
