using System.Globalization;
using PayCalc.Domain;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>Writing and reading audit entries, shared by the period lifecycle and the adjustments.</summary>
internal static class AuditRows
{
    internal static AuditEntryRow New(TimeProvider time, string user, string command, Period? period, string detail) => new()
    {
        Time = StoredText.Now(time),
        User = user,
        Command = command,
        Period = period?.ToString(),
        Detail = detail,
    };

    internal static AuditEntry ToEntry(AuditEntryRow a) => new(a.Id,
        DateTimeOffset.Parse(a.Time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        a.User, a.Command, a.Period is null ? null : Period.Parse(a.Period), a.Detail);
}
