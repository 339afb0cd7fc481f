namespace JobCapture.Storage.Tracking;

/// <summary>A posting as another tracker knew it: its fields and where the user was with it, without the page.
/// <see cref="FollowUpBusinessDays"/> stands in for the analysis until the page is captured.</summary>
public sealed record TrackedPosting(
    string PostingKey,
    string Url,
    string Title,
    string Company,
    string Location,
    ApplicationStatus Status,
    DateOnly? AppliedOn,
    string Notes,
    int FollowUpBusinessDays);
