using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class AdjustmentConfiguration : IEntityTypeConfiguration<AdjustmentRow>
{
    public void Configure(EntityTypeBuilder<AdjustmentRow> b)
    {
        b.ToTable("adjustment");
        b.HasKey(x => x.Id);
        b.Property(x => x.Before).HasConversion(DecimalText.Converter);
        b.Property(x => x.After).HasConversion(DecimalText.Converter);
        b.HasIndex(x => x.PaidIn);
        b.HasIndex(x => x.CorrectedPeriod);
    }
}
