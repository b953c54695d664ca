using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class PeriodStateConfiguration : IEntityTypeConfiguration<PeriodStateRow>
{
    public void Configure(EntityTypeBuilder<PeriodStateRow> b)
    {
        b.ToTable("period_state");
        b.HasKey(x => x.Period);
        b.Property(x => x.Status).IsRequired();
    }
}
