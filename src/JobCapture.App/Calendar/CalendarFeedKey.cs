using JobCapture.App.Security;

namespace JobCapture.App.Calendar;

/// <summary>
/// The secret in the calendar feed's address. A calendar app cannot send the pairing token, so the address itself is
/// the credential: 256 random bits, kept in the data directory and read at each request, so that a new key made by
/// the dashboard or by <c>jobcapture calendar --new-key</c> revokes the old address at once.
/// </summary>
public sealed class CalendarFeedKey(string dataDirectory)
{
    public const string FileName = "calendar-feed-key";

    private string FilePath => Path.Combine(dataDirectory, FileName);

    public string Current => SecretFiles.ReadOrCreate(FilePath);

    public string Renew() => SecretFiles.Replace(FilePath);

    public bool Matches(string? candidate) => SecretFiles.Equal(candidate, Current);

    public string FeedUrl(string baseAddress) => $"{baseAddress.TrimEnd('/')}/calendar/{Current}.ics";
}
