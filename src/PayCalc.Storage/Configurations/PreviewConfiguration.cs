using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class PreviewConfiguration : IEntityTypeConfiguration<PreviewRow>
{
    public void Configure(EntityTypeBuilder<PreviewRow> b)
    {
        b.ToTable("preview");
        b.HasKey(x => x.Id);
        b.Property(x => x.Gross).HasConversion(DecimalText.Converter);
        b.Property(x => x.Net).HasConversion(DecimalText.Converter);
    }
}

internal sealed class PreviewTeamConfiguration : IEntityTypeConfiguration<PreviewTeamRow>
{
    public void Configure(EntityTypeBuilder<PreviewTeamRow> b)
    {
        b.ToTable("preview_team");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.PreviewId, x.Team }).IsUnique();
        b.HasOne<PreviewRow>().WithMany().HasForeignKey(x => x.PreviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PreviewAgentConfiguration : IEntityTypeConfiguration<PreviewAgentRow>
{
    public void Configure(EntityTypeBuilder<PreviewAgentRow> b)
    {
        b.ToTable("preview_agent");
        b.HasKey(x => new { x.PreviewId, x.AgentId });
        b.HasOne<PreviewRow>().WithMany().HasForeignKey(x => x.PreviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PreviewRuleFileConfiguration : IEntityTypeConfiguration<PreviewRuleFileRow>
{
    public void Configure(EntityTypeBuilder<PreviewRuleFileRow> b)
    {
        b.ToTable("preview_rule_file");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.PreviewId, x.Path }).IsUnique();
        b.HasIndex(x => x.Sha256);
        b.HasOne<PreviewRow>().WithMany().HasForeignKey(x => x.PreviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RuleFileRow>().WithMany().HasForeignKey(x => x.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}
