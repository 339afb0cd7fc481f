using JobCapture.Core.FollowUp;
using JobCapture.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tracking;

/// <summary>The user's own records about postings. Nothing here is derived from snapshots, and nothing derived from
/// snapshots writes here.</summary>
public sealed class TrackingStore(JobCaptureDb db, TimeProvider time)
{
    /// <summary>Moves a posting to <paramref name="status"/> as of <paramref name="onDate"/>; the first move to
    /// Applied sets the date applied the follow-up timing counts from.</summary>
    public async Task<bool> SetStatusAsync(long postingId, ApplicationStatus status, DateOnly onDate, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.FirstOrDefaultAsync(p => p.Id == postingId, cancellationToken);
        if (posting is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        posting.Status = status;
        posting.StatusChangedAt = now;
        if (status == ApplicationStatus.Applied)
        {
            posting.AppliedOn ??= onDate;
            posting.ScheduleFollowUp();
        }

        db.StatusChanges.Add(new StatusChange { PostingId = postingId, Status = status, OnDate = onDate, ChangedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SaveNotesAsync(long postingId, string notes, CancellationToken cancellationToken)
    {
        var updated = await db.Postings.Where(p => p.Id == postingId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Notes, ControlCharacters.Strip(notes)), cancellationToken);
        return updated > 0;
    }

    /// <summary>Logs a follow-up with the warning it earned, if any. A follow-up on an applied posting moves it to
    /// "followed up".</summary>
    public async Task<FollowUpEntry?> LogFollowUpAsync(long postingId, Channel channel, DateOnly onDate, string note, string? warning, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.FirstOrDefaultAsync(p => p.Id == postingId, cancellationToken);
        if (posting is null)
        {
            return null;
        }

        var entry = new FollowUpEntry { PostingId = postingId, Channel = channel, OnDate = onDate, Note = note, Warning = warning, LoggedAt = time.GetUtcNow() };
        db.FollowUps.Add(entry);
        if (posting.Status == ApplicationStatus.Applied)
        {
            posting.Status = ApplicationStatus.FollowedUp;
            posting.StatusChangedAt = entry.LoggedAt;
            db.StatusChanges.Add(new StatusChange { PostingId = postingId, Status = ApplicationStatus.FollowedUp, OnDate = onDate, ChangedAt = entry.LoggedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public Task<List<FollowUpEntry>> FollowUpsAsync(long postingId, CancellationToken cancellationToken) =>
        db.FollowUps.AsNoTracking().Where(f => f.PostingId == postingId).OrderBy(f => f.OnDate).ThenBy(f => f.Id).ToListAsync(cancellationToken);

    public Task<List<StatusChange>> StatusHistoryAsync(long postingId, CancellationToken cancellationToken) =>
        db.StatusChanges.AsNoTracking().Where(s => s.PostingId == postingId).OrderBy(s => s.Id).ToListAsync(cancellationToken);

    public async Task<ReferralContact> AddReferralAsync(string company, string name, string howKnown, string channel, CancellationToken cancellationToken)
    {
        var contact = new ReferralContact
        {
            OwnerId = db.OwnerId,
            Company = company.Trim(),
            CompanyKey = CompanyKeys.For(company),
            Name = name.Trim(),
            HowKnown = howKnown.Trim(),
            Channel = channel.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        db.ReferralContacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    public Task<List<ReferralContact>> ReferralsAsync(CancellationToken cancellationToken) =>
        db.ReferralContacts.AsNoTracking().OrderBy(r => r.Company).ThenBy(r => r.Name).ToListAsync(cancellationToken);

    public Task<List<ReferralContact>> ReferralsAtAsync(string company, CancellationToken cancellationToken)
    {
        var key = CompanyKeys.For(company);
        return key.Length == 0
            ? Task.FromResult(new List<ReferralContact>())
            : db.ReferralContacts.AsNoTracking().Where(r => r.CompanyKey == key).OrderBy(r => r.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a posting the user tracked elsewhere (a row of another tracker's CSV), with no snapshot yet; a
    /// later capture of its page becomes its first snapshot. Null when a posting with that key is already saved.</summary>
    public async Task<Postings.Posting?> AddTrackedPostingAsync(TrackedPosting tracked, CancellationToken cancellationToken)
    {
        if (await db.Postings.AnyAsync(p => p.PostingKey == tracked.PostingKey, cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var posting = new Postings.Posting
        {
            OwnerId = db.OwnerId,
            PostingKey = tracked.PostingKey,
            Url = tracked.Url,
            Title = tracked.Title,
            Company = tracked.Company,
            Location = tracked.Location,
            Notes = tracked.Notes,
            Status = tracked.Status,
            StatusChangedAt = now,
            AppliedOn = tracked.AppliedOn,
            FollowUpBusinessDays = tracked.FollowUpBusinessDays,
            FirstSavedAt = now,
            LastSavedAt = now,
        };
        posting.ScheduleFollowUp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Postings.Add(posting);
        await db.SaveChangesAsync(cancellationToken);
        db.StatusChanges.Add(new StatusChange { PostingId = posting.Id, Status = tracked.Status, OnDate = tracked.AppliedOn ?? BusinessCalendar.DateIn(now, time.LocalTimeZone), ChangedAt = now });
        db.Sightings.Add(new Sightings.Sighting
        {
            PostingId = posting.Id,
            Url = tracked.Url,
            JobKey = tracked.PostingKey,
            FieldsKey = PostingFieldsKey.For(tracked.Title, tracked.Company, tracked.Location),
            SeenAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await Search.PostingSearch.IndexAsync(db, posting, "", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return posting;
    }

    /// <summary>Applied postings whose first follow-up is due on or before <paramref name="today"/>, earliest first.</summary>
    public Task<List<Postings.Posting>> DueAsync(DateOnly today, CancellationToken cancellationToken) =>
        db.Postings.AsNoTracking()
            .Where(p => p.Status == ApplicationStatus.Applied && p.FollowUpDueOn != null && p.FollowUpDueOn <= today)
            .OrderBy(p => p.FollowUpDueOn).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
}
