using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class PayslipLineConfiguration : IEntityTypeConfiguration<PayslipLineRow>
{
    public void Configure(EntityTypeBuilder<PayslipLineRow> b)
    {
        b.ToTable("payslip_line");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.PayslipId);
        // Later months read one line code (coefficients, accelerators) of earlier runs; also the delete of a run.
        b.HasIndex(x => new { x.RunId, x.Code });
        b.HasOne<PayslipRow>().WithMany().HasForeignKey(x => x.PayslipId).OnDelete(DeleteBehavior.Cascade);
    }
}
