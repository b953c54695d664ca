namespace PayCalc.Storage.Entities;

/// <summary>Table <c>payroll_flag</c>: an exception of a run for HR to review.</summary>
public sealed class FlagRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
}
