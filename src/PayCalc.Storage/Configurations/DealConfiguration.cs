using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<DealRow>
{
    public void Configure(EntityTypeBuilder<DealRow> b)
    {
        b.ToTable("run_deal");
        b.HasKey(x => x.Id);
        b.Property(x => x.Amount).HasConversion(DecimalText.Converter);
        b.HasIndex(x => x.RunId);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
