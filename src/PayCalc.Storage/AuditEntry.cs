using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>One line of the audit log: who did what to which period, when (UTC) and why.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset Time, string User, string Command, Period? Period, string Detail);
