using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class RunRuleFileConfiguration : IEntityTypeConfiguration<RunRuleFileRow>
{
    public void Configure(EntityTypeBuilder<RunRuleFileRow> b)
    {
        b.ToTable("run_rule_file");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RunId, x.Path }).IsUnique();
        b.HasIndex(x => x.Sha256);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RuleFileRow>().WithMany().HasForeignKey(x => x.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}
