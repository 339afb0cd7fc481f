using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobCapture.Storage.Snapshots;

internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<Snapshot>
{
    public void Configure(EntityTypeBuilder<Snapshot> builder)
    {
        builder.ToTable("snapshots");
        builder.HasIndex(s => s.CaptureId).IsUnique();
        builder.HasIndex(s => s.PostingId);
        builder.HasIndex(s => s.UrlKey);
    }
}
