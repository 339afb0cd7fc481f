namespace JobCapture.App.Captures;

/// <summary>The body of <c>POST /api/captures</c> (DESIGN.md, "Capture request"). <see cref="CaptureId"/> is made by
/// the client so that a retried send stores one snapshot.</summary>
public sealed record CaptureRequest(
    string? Url,
    string? Title,
    string? Html,
    DateTimeOffset? CapturedAt,
    string? Source,
    string? Selection = null,
    string? Screenshot = null,
    string? CaptureId = null);

/// <summary>What the popup shows: the posting, whether it is new or a saved one seen on another site
/// (<see cref="JoinedPosting"/>), and the follow-up verdicts in short.</summary>
public sealed record CaptureResponse(
    long PostingId,
    long SnapshotId,
    bool IsNewPosting,
    bool WasDuplicate,
    bool JoinedPosting,
    string Title,
    string Company,
    PhoneSummary Phone,
    string Summary,
    string DashboardUrl,
    IReadOnlyList<ContactSummary> Contacts);

/// <summary>The phone verdict by name ("forbidden") and in the words the popup shows ("don't call").</summary>
public sealed record PhoneSummary(string Verdict, string Wording, string? Limit, string Reason, string? Evidence);

/// <summary>A contact the popup lists: "Email: dana@acme.example (Dana Lee, hiring manager)".</summary>
public sealed record ContactSummary(string Kind, string Value, string? Name, string? Role);
