using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<RunRow>
{
    public void Configure(EntityTypeBuilder<RunRow> b)
    {
        b.ToTable("run");
        b.HasKey(x => x.Id);
        b.Property(x => x.GrossTotal).HasConversion(DecimalText.Converter);
        b.Property(x => x.NetTotal).HasConversion(DecimalText.Converter);
        // One run per period: a rerun replaces the previous one.
        b.HasIndex(x => x.Period).IsUnique();
    }
}
