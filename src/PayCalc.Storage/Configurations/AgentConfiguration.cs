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
        b.Property(x => x.BaseSalary).HasConversion(DecimalText.Converter);
        b.Property(x => x.ContributionBase).HasConversion(DecimalText.Converter);
        b.Property(x => x.HousingFundRate).HasConversion(DecimalText.Converter);
        b.Property(x => x.SpecialAdditionalDeduction).HasConversion(DecimalText.Converter);
        b.HasIndex(x => new { x.RunId, x.AgentId }).IsUnique();
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
