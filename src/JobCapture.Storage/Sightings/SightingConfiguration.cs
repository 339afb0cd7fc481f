using JobCapture.Storage.Postings;
using JobCapture.Storage.Snapshots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobCapture.Storage.Sightings;

internal sealed class SightingConfiguration : IEntityTypeConfiguration<Sighting>
{
    public void Configure(EntityTypeBuilder<Sighting> builder)
    {
        builder.ToTable("sightings");
        builder.HasIndex(s => s.JobKey);
        builder.HasIndex(s => s.AtsKey);
        builder.HasIndex(s => s.FieldsKey);
        builder.HasOne<Posting>().WithMany().HasForeignKey(s => s.PostingId);
        builder.HasOne<Snapshot>().WithMany().HasForeignKey(s => s.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}
