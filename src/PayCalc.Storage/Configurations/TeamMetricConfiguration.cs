using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class TeamMetricConfiguration : IEntityTypeConfiguration<TeamMetricRow>
{
    public void Configure(EntityTypeBuilder<TeamMetricRow> b)
    {
        b.ToTable("run_team_metric");
        b.HasKey(x => x.Id);
        b.Property(x => x.Value).HasConversion(DecimalText.Converter);
        b.HasIndex(x => x.RunId);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
