using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class RunComponentConfiguration : IEntityTypeConfiguration<RunComponentRow>
{
    public void Configure(EntityTypeBuilder<RunComponentRow> b)
    {
        b.ToTable("run_component");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RunId, x.Code }).IsUnique();
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
