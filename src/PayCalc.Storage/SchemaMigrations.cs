using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using PayCalc.Storage.Migrations;

namespace PayCalc.Storage;

/// <summary>
/// The EF Core migrations this PayCalc carries (folder <c>Migrations/</c>), found without building a model so the
/// read-only check before opening stays cheap.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>EF Core's table of applied migrations.</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>Every migration id, oldest first (ids start with their creation time).</summary>
    public static IReadOnlyList<string> Known { get; } = typeof(PayCalcDbContext).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract)
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The migration that creates schema version 3, the schema PayCalc made with EnsureCreated before it had
    /// migrations. A database of version 3 without a history table is recorded as having applied it (a baseline).
    /// </summary>
    public static string Baseline { get; } = typeof(InitialSchema).GetCustomAttribute<MigrationAttribute>()!.Id;

    /// <summary>The schema version a database without a migration history must have to be baselined.</summary>
    public const int BaselineSchemaVersion = InitialSchema.SchemaVersion;
}
