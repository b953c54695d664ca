using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class SchemaVersionConfiguration : IEntityTypeConfiguration<SchemaVersionRow>
{
    public void Configure(EntityTypeBuilder<SchemaVersionRow> b)
    {
        b.ToTable("schema_version");
        b.HasKey(x => x.Version);
        b.Property(x => x.Version).ValueGeneratedNever();
    }
}
