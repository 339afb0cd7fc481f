using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobCapture.Storage.Analyses;

internal sealed class StoredAnalysisConfiguration : IEntityTypeConfiguration<StoredAnalysis>
{
    public void Configure(EntityTypeBuilder<StoredAnalysis> builder)
    {
        builder.ToTable("analyses");
        builder.HasIndex(a => a.SnapshotId).IsUnique();
        builder.HasOne<Snapshot>().WithMany().HasForeignKey(a => a.SnapshotId);
    }
}
