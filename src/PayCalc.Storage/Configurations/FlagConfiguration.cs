using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class FlagConfiguration : IEntityTypeConfiguration<FlagRow>
{
    public void Configure(EntityTypeBuilder<FlagRow> b)
    {
        b.ToTable("payroll_flag");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.RunId);
        b.Property(x => x.Severity).HasDefaultValue("warning");
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
