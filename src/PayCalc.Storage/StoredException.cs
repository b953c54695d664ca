using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>An exception of a stored run with its severity and, once acknowledged, who did it and why.</summary>
public sealed record StoredException(string AgentId, string Code, string Message, FlagSeverity Severity, string? AcknowledgedBy, string? AcknowledgementReason)
{
    /// <summary>A blocking exception nobody has acknowledged: the month cannot be approved.</summary>
    public bool Blocks => Severity == FlagSeverity.Blocking && AcknowledgedBy is null;
}
