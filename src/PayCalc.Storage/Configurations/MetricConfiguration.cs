using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class MetricConfiguration : IEntityTypeConfiguration<MetricRow>
{
    public void Configure(EntityTypeBuilder<MetricRow> b)
    {
        b.ToTable("run_metric");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.RunId);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
