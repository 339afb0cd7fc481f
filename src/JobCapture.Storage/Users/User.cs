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
    public DateTimeOffset CreatedAt { get; set; }
}
