using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryRow>
{
    public void Configure(EntityTypeBuilder<AuditEntryRow> b)
    {
        b.ToTable("audit_entry");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.Period);
    }
}
