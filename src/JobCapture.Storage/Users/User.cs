namespace JobCapture.Storage.Users;

/// <summary>Someone with their own postings on a shared server. The pairing token is kept only as its SHA-256: it is
/// shown once, by <c>user add</c> or <c>user rotate-token</c>.</summary>
public sealed class User
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }

    /// <summary>The secret in the address of the user's calendar feed (a calendar app cannot send a token).</summary>
    public required string CalendarKey { get; set; }

    /// <summary>Set by <c>user passwd</c> for the dashboard's sign-in: ASP.NET Core Identity's salted hash, never the
    /// password. Null when the user signs in with their token only.</summary>
    public string? PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
