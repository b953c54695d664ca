using System.Text;
using Microsoft.EntityFrameworkCore;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>
/// The PayCalc database (SQLite). Mapping lives in <c>Configurations/</c>, one class per entity; column
/// names are the snake_case of the property names. Money (<c>decimal</c>) is stored as invariant TEXT,
/// so it is exact but must be summed and ordered in C#, never in SQL.
/// </summary>
public sealed class PayCalcDbContext(DbContextOptions<PayCalcDbContext> options) : DbContext(options)
{
    /// <summary>
    /// Version of the schema this code creates and expects (table <c>schema_version</c>, one row per version, written by
    /// the migration that made it). A migration that changes the schema raises it and inserts its row; the migration
    /// history (<c>__EFMigrationsHistory</c>) says which migrations a file has, this number what a person can compare.
    /// </summary>
    public const int SchemaVersion = 7;

    public DbSet<PeriodStateRow> PeriodStates => Set<PeriodStateRow>();
    public DbSet<RunRow> Runs => Set<RunRow>();
    public DbSet<RunInputFileRow> RunInputFiles => Set<RunInputFileRow>();
    public DbSet<RunComponentRow> RunComponents => Set<RunComponentRow>();
    public DbSet<AgentRow> Agents => Set<AgentRow>();
    public DbSet<ShiftRow> Shifts => Set<ShiftRow>();
    public DbSet<LeaveRow> Leave => Set<LeaveRow>();
    public DbSet<DealRow> Deals => Set<DealRow>();
    public DbSet<MetricRow> Metrics => Set<MetricRow>();
    public DbSet<TeamMetricRow> TeamMetrics => Set<TeamMetricRow>();
    public DbSet<YtdBalanceRow> YtdBalances => Set<YtdBalanceRow>();
    public DbSet<PayslipRow> Payslips => Set<PayslipRow>();
    public DbSet<FlagRow> Flags => Set<FlagRow>();
    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();
    public DbSet<AdjustmentRow> Adjustments => Set<AdjustmentRow>();
    public DbSet<RuleFileRow> RuleFiles => Set<RuleFileRow>();
    public DbSet<RunRuleFileRow> RunRuleFiles => Set<RunRuleFileRow>();
    public DbSet<SchemaVersionRow> SchemaVersions => Set<SchemaVersionRow>();
    public DbSet<PreviewRow> Previews => Set<PreviewRow>();
    public DbSet<PreviewTeamRow> PreviewTeams => Set<PreviewTeamRow>();
    public DbSet<PreviewAgentRow> PreviewAgents => Set<PreviewAgentRow>();
    public DbSet<PreviewRuleFileRow> PreviewRuleFiles => Set<PreviewRuleFileRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PayCalcDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
    }

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && !char.IsDigit(name[i - 1])) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
