using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class PayslipConfiguration : IEntityTypeConfiguration<PayslipRow>
{
    public void Configure(EntityTypeBuilder<PayslipRow> b)
    {
        b.ToTable("payslip");
        b.HasKey(x => x.Id);
        b.Property(x => x.Gross).HasConversion(DecimalText.Converter);
        b.Property(x => x.Net).HasConversion(DecimalText.Converter);
        // One payslip per agent per run; also the lookup of `paycalc explain`.
        b.HasIndex(x => new { x.RunId, x.AgentId }).IsUnique();
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
