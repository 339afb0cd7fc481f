namespace JobCapture.Capture;

/// <summary>A page as the browser rendered it, settled, scrolled to its end and unfolded.</summary>
public sealed record CapturedPage(string RequestedUrl, string Url, string Title, string Html, DateTimeOffset CapturedAt, byte[]? Screenshot);

/// <summary>A page that could not be captured: the server said no (<see cref="Status"/>), or it could not be reached.
/// <see cref="Retryable"/> for network errors, 429 and 5xx, with the wait the server asked for, if any.</summary>
public sealed class PageCaptureException(string reason, bool retryable, int? status = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(reason, inner)
{
    public bool Retryable { get; } = retryable;
    public int? Status { get; } = status;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
