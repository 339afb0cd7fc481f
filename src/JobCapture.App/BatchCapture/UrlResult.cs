namespace JobCapture.App.BatchCapture;

public enum UrlOutcome
{
    NewPosting,
    NewSnapshot,
    Skipped,
    Failed,
}

/// <summary>What became of one URL of a batch; <see cref="Detail"/> is the posting's title line, or the reason it
/// failed; <see cref="Phone"/> the phone verdict's line of a posting captured now.</summary>
public sealed record UrlResult(string Url, UrlOutcome Outcome, string Detail, int Tries = 1, string? Phone = null)
{
    public bool Failed => Outcome == UrlOutcome.Failed;

    public string OutcomeWords => Outcome switch
    {
        UrlOutcome.NewPosting => "new posting",
        UrlOutcome.NewSnapshot => "new snapshot of a saved posting",
        UrlOutcome.Skipped => "skipped, already saved",
        _ => "failed",
    };
}
