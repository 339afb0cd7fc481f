using JobCapture.Core.FollowUp;
using JobCapture.Storage.Snapshots;
using JobCapture.Storage.Tracking;

namespace JobCapture.Storage.Postings;

/// <summary>One job ad, identified by its key (canonical URL or the board's job id). Its fields mirror the newest
/// analysis (the read model) so the list, board, Due, stats and export read columns, never the analysis JSON.</summary>
public sealed class Posting
{
    public long Id { get; set; }

    /// <summary>The user the posting belongs to (<see cref="Users.Owner.LocalId"/> for the machine's own).</summary>
    public long OwnerId { get; set; }
    public required string PostingKey { get; set; }
    public required string Url { get; set; }
    public string Title { get; set; } = "";
    public string Company { get; set; } = "";
    public string Location { get; set; } = "";
    public string Language { get; set; } = "";
    public string PhoneVerdict { get; set; } = "";
    public string? PhoneLimit { get; set; }

    /// <summary>The sentence the phone verdict rests on, if a statement decided it.</summary>
    public string? PhoneEvidence { get; set; }
    public string EmailVerdict { get; set; } = "";
    public string? EmailLimit { get; set; }
    public string LinkedInVerdict { get; set; } = "";
    public string? LinkedInLimit { get; set; }
    public string InPersonVerdict { get; set; } = "";
    public string? InPersonLimit { get; set; }
    public string ReferralVerdict { get; set; } = "";
    public string? ReferralLimit { get; set; }

    /// <summary>Each statement kind found once, space-framed: " noCalls invitesEmail ".</summary>
    public string StatementKinds { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>Business days after applying before the first follow-up; null until the posting is analysed.</summary>
    public int? FollowUpBusinessDays { get; set; }
    public DateOnly? Deadline { get; set; }
    public DateTimeOffset FirstSavedAt { get; set; }
    public DateTimeOffset LastSavedAt { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Saved;
    public DateTimeOffset? StatusChangedAt { get; set; }
    public DateOnly? AppliedOn { get; set; }

    /// <summary>The earliest follow-up: <see cref="AppliedOn"/> plus <see cref="FollowUpBusinessDays"/>.</summary>
    public DateOnly? FollowUpDueOn { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>The newest snapshot's text, statements or verdicts differ from the first snapshot's.</summary>
    public bool ChangedSinceSaved { get; set; }

    /// <summary>The sentence by which the page says it no longer takes applications.</summary>
    public string? ClosedNotice { get; set; }

    /// <summary>The HTTP status (404, 410) with which a re-check found the page gone, and when.</summary>
    public int? GoneStatus { get; set; }
    public DateTimeOffset? GoneAt { get; set; }

    /// <summary>When <c>jobcapture recheck</c> last looked at the posting.</summary>
    public DateTimeOffset? LastCheckedAt { get; set; }

    public PostingFlags Flags => new(ChangedSinceSaved, ClosedNotice, GoneStatus, Deadline);
    public List<Snapshot> Snapshots { get; } = [];

    public string VerdictFor(Channel channel) => channel switch
    {
        Channel.Phone => PhoneVerdict,
        Channel.Email => EmailVerdict,
        Channel.LinkedIn => LinkedInVerdict,
        Channel.InPerson => InPersonVerdict,
        Channel.Referral => ReferralVerdict,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public string? LimitFor(Channel channel) => channel switch
    {
        Channel.Phone => PhoneLimit,
        Channel.Email => EmailLimit,
        Channel.LinkedIn => LinkedInLimit,
        Channel.InPerson => InPersonLimit,
        Channel.Referral => ReferralLimit,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>Keeps <see cref="FollowUpDueOn"/> in step after the date applied or the analysis changed.</summary>
    public void ScheduleFollowUp() =>
        FollowUpDueOn = AppliedOn is { } applied && FollowUpBusinessDays is { } days ? BusinessCalendar.AddBusinessDays(applied, days) : null;
}
