using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobCapture.Storage.Postings;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> builder)
    {
        builder.ToTable("postings");
        builder.HasIndex(p => new { p.OwnerId, p.PostingKey }).IsUnique();
        builder.HasIndex(p => p.LastSavedAt);
        builder.HasIndex(p => new { p.Status, p.LastSavedAt });
        builder.HasIndex(p => new { p.Status, p.FollowUpDueOn });
        builder.HasIndex(p => p.PhoneVerdict);
        builder.HasIndex(p => p.AppliedOn);
        builder.Property(p => p.Status).HasConversion(StatusChangeConfiguration.LowerCaseEnum<ApplicationStatus>());
        builder.HasMany(p => p.Snapshots).WithOne().HasForeignKey(s => s.PostingId);
    }
}
