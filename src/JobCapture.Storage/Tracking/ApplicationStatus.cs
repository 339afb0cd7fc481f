namespace JobCapture.Storage.Tracking;

/// <summary>Where the user is with a posting. Stored by name in lower case.</summary>
public enum ApplicationStatus
{
    Saved,
    Applied,
    FollowedUp,
    Interviewing,
    Offer,
    Rejected,
    Withdrawn,
    Closed,
}
