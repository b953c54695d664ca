using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class ShiftConfiguration : IEntityTypeConfiguration<ShiftRow>
{
    public void Configure(EntityTypeBuilder<ShiftRow> b)
    {
        b.ToTable("run_shift");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.RunId);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
