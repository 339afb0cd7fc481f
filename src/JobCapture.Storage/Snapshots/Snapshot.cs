namespace JobCapture.Storage.Snapshots;

/// <summary>One capture of a posting: the rendered HTML as it was (compressed), the source of truth every analysis
/// is derived from.</summary>
public sealed class Snapshot
{
    public long Id { get; set; }
    public long PostingId { get; set; }

    /// <summary>The id the client made for this capture: a retried send with the same id stores nothing new.</summary>
    public required string CaptureId { get; set; }
    public required string Url { get; set; }

    /// <summary>The URL without fragment and tracking parameters: what a lookup by URL compares.</summary>
    public string UrlKey { get; set; } = "";
    public string Title { get; set; } = "";
    public required string Source { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public required byte[] HtmlGzip { get; set; }
    public int HtmlLength { get; set; }
    public string? Selection { get; set; }
    public byte[]? Screenshot { get; set; }
}
