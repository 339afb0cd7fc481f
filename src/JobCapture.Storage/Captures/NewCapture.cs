namespace JobCapture.Storage.Captures;

/// <summary>A capture as it reaches storage: already validated, with the key of the posting it belongs to.</summary>
public sealed record NewCapture(
    string CaptureId,
    string PostingKey,
    string Url,
    string Title,
    string Source,
    DateTimeOffset CapturedAt,
    string Html,
    string? Selection,
    byte[]? Screenshot);

/// <summary>What storing a capture did. <see cref="WasDuplicate"/>: the capture id was already stored, nothing new
/// was written. <see cref="JoinedPosting"/>: the page is a saved posting seen in a new place (another board, the
/// employer's tracking system); the capture was added to it as a new sighting.</summary>
public sealed record StoredCapture(long PostingId, long SnapshotId, bool IsNewPosting, bool WasDuplicate, bool JoinedPosting = false);
