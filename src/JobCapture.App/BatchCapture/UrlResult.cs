namespace JobCapture.App.BatchCapture;

public enum UrlOutcome
{
    NewPosting,
    NewSnapshot,
    SeenElsewhere,
    Skipped,
    Failed,
}

/// <summary>What became of one URL of a batch; <see cref="Detail"/> is the posting's title line, or the reason it
/// failed; <see cref="Phone"/> the phone verdict's line of a posting captured now.</summary>
public sealed record UrlResult(string Url, UrlOutcome Outcome, string Detail, int Tries = 1, string? Phone = null)
{
    public bool Failed => Outcome == UrlOutcome.Failed;

    public static UrlOutcome OutcomeOf(Storage.Captures.StoredCapture stored) =>
        stored.IsNewPosting ? UrlOutcome.NewPosting : stored.JoinedPosting ? UrlOutcome.SeenElsewhere : UrlOutcome.NewSnapshot;

    public string OutcomeWords => WordsFor(Outcome);

    public static string WordsFor(UrlOutcome outcome) => outcome switch
    {
        UrlOutcome.NewPosting => "new posting",
        UrlOutcome.NewSnapshot => "new snapshot of a saved posting",
        UrlOutcome.SeenElsewhere => "a saved posting, seen on another site",
        UrlOutcome.Skipped => "skipped, already saved",
        _ => "failed",
    };
}
