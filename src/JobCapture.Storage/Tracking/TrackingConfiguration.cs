using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JobCapture.Storage.Tracking;

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.ToTable("status_changes");
        builder.Property(s => s.Status).HasConversion(LowerCaseEnum<ApplicationStatus>());
        builder.HasIndex(s => new { s.Status, s.PostingId });
        builder.HasOne<Posting>().WithMany().HasForeignKey(s => s.PostingId);
    }

    internal static ValueConverter<T, string> LowerCaseEnum<T>()
        where T : struct, Enum =>
        new(value => value.ToString().ToLowerInvariant(), text => Enum.Parse<T>(text, true));
}

internal sealed class FollowUpEntryConfiguration : IEntityTypeConfiguration<FollowUpEntry>
{
    public void Configure(EntityTypeBuilder<FollowUpEntry> builder)
    {
        builder.ToTable("follow_ups");
        builder.Property(f => f.Channel).HasConversion(StatusChangeConfiguration.LowerCaseEnum<Channel>());
        builder.HasOne<Posting>().WithMany().HasForeignKey(f => f.PostingId);
    }
}

internal sealed class ReferralContactConfiguration : IEntityTypeConfiguration<ReferralContact>
{
    public void Configure(EntityTypeBuilder<ReferralContact> builder)
    {
        builder.ToTable("referral_contacts");
        builder.HasIndex(r => new { r.OwnerId, r.CompanyKey });
    }
}
