using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class RuleFileConfiguration : IEntityTypeConfiguration<RuleFileRow>
{
    public void Configure(EntityTypeBuilder<RuleFileRow> b)
    {
        b.ToTable("rule_file");
        b.HasKey(x => x.Sha256);
        b.Property(x => x.Sha256).ValueGeneratedNever();
    }
}
