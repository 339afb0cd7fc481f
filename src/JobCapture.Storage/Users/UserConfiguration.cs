using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobCapture.Storage.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasIndex(u => u.Name).IsUnique();
        builder.HasIndex(u => u.TokenHash).IsUnique();
        builder.HasIndex(u => u.CalendarKey).IsUnique();
    }
}
