using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class YtdBalanceConfiguration : IEntityTypeConfiguration<YtdBalanceRow>
{
    public void Configure(EntityTypeBuilder<YtdBalanceRow> b)
    {
        b.ToTable("run_ytd_balance");
        b.HasKey(x => x.Id);
        b.Property(x => x.Income).HasConversion(DecimalText.Converter);
        b.Property(x => x.SpecialDeductions).HasConversion(DecimalText.Converter);
        b.Property(x => x.AdditionalDeductions).HasConversion(DecimalText.Converter);
        b.Property(x => x.TaxWithheld).HasConversion(DecimalText.Converter);
        b.HasIndex(x => x.RunId);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
