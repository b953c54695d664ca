using System.Globalization;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>How statuses, categories, leave types and times are written in the database, and read back.</summary>
internal static class StoredText
{
    internal static string Text(PeriodStatus status) => status.ToString().ToLowerInvariant();

    internal static string Text(LeaveType type) => type.ToString().ToLowerInvariant();

    internal static string Text(LineCategory category) => category.ToString().ToLowerInvariant();

    internal static string Text(FlagSeverity severity) => severity.ToString().ToLowerInvariant();

    internal static FlagSeverity ParseSeverity(string severity) =>
        Enum.TryParse<FlagSeverity>(severity, ignoreCase: true, out var s) && Enum.IsDefined(s)
            ? s
            : throw new InvalidOperationException($"Unknown exception severity '{severity}' in the database.");

    /// <summary>The current time of <paramref name="time"/> as stored: UTC, round-trip ISO 8601.</summary>
    internal static string Now(TimeProvider time) => time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    internal static PeriodStatus ParseStatus(string status) =>
        Enum.TryParse<PeriodStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s)
            ? s
            : throw new InvalidOperationException($"Unknown period status '{status}' in the database.");

    /// <summary>Stored category of a plan variable (intermediate value): read back as info, never summed.</summary>
    internal const string VariableCategory = "variable";

    internal static LineCategory ParseCategory(string category) =>
        category == VariableCategory ? LineCategory.Info : Enum.TryParse<LineCategory>(category, ignoreCase: true, out var c) && Enum.IsDefined(c)
            ? c
            : throw new InvalidOperationException($"Unknown line category '{category}' in the database.");
}
