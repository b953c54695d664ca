using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Rules.Evaluation;

/// <summary>A leave entry as rule expressions see it (<c>leave</c>).</summary>
public sealed class LeaveFact(LeaveEntry entry) : ITracedRow
{
    SourceRef ITracedRow.Source { get; } = entry.Source;
    DateOnly ITracedRow.Date { get; } = entry.Date;

    public string AgentId { get; } = entry.AgentId;
    /// <summary>The day of leave.</summary>
    public DateOnly Date { get; } = entry.Date;
    public decimal Hours { get; } = entry.Hours;
    public bool IsPersonal { get; } = entry.Type == LeaveType.Personal;
    public bool IsAnnual { get; } = entry.Type == LeaveType.Annual;
    public bool IsSick { get; } = entry.Type == LeaveType.Sick;
}
