using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class LeaveConfiguration : IEntityTypeConfiguration<LeaveRow>
{
    public void Configure(EntityTypeBuilder<LeaveRow> b)
    {
        b.ToTable("run_leave");
        b.HasKey(x => x.Id);
        b.Property(x => x.Hours).HasConversion(DecimalText.Converter);
        b.HasIndex(x => x.RunId);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
