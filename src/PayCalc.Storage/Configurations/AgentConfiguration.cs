using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<AgentRow>
{
    public void Configure(EntityTypeBuilder<AgentRow> b)
    {
        b.ToTable("run_agent");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RunId, x.AgentId }).IsUnique();
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
