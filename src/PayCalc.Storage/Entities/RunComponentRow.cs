namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_component</c>: a line or variable of the plan as the run used it - names and formula
/// once per run instead of on every payslip line.</summary>
public sealed class RunComponentRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    /// <summary>Position in the plan's order, from 0 (lines first, then variables).</summary>
    public int Seq { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>earning | deduction | info | employer | variable.</summary>
    public string Category { get; set; } = "";
    public string Formula { get; set; } = "";
}
