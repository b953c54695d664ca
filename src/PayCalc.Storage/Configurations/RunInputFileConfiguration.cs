using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage.Configurations;

internal sealed class RunInputFileConfiguration : IEntityTypeConfiguration<RunInputFileRow>
{
    public void Configure(EntityTypeBuilder<RunInputFileRow> b)
    {
        b.ToTable("run_input_file");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.RunId);
        b.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
