using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Stats;

/// <summary>
/// The pipeline figures of /stats and /api/stats, counted in SQL from the read model and the status history.
/// A posting has "reached" a status when it holds it now or any status change moved it there.
/// </summary>
public sealed class StatsQueries(JobCaptureDb db)
{
    public const int Weeks = 12;

    private static readonly ApplicationStatus[] AppliedOrLater =
        [ApplicationStatus.Applied, ApplicationStatus.FollowedUp, ApplicationStatus.Interviewing, ApplicationStatus.Offer, ApplicationStatus.Rejected];

    /// <summary>An employer answered: an interview, an offer or a rejection.</summary>
    private static readonly ApplicationStatus[] Replies = [ApplicationStatus.Interviewing, ApplicationStatus.Offer, ApplicationStatus.Rejected];

    private static readonly ApplicationStatus[] InterviewOrLater = [ApplicationStatus.Interviewing, ApplicationStatus.Offer];

    public async Task<PipelineStats> ForWeekOfAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var funnel = new FunnelFigures(
            await db.Postings.CountAsync(cancellationToken),
            await ReachedAsync(AppliedOrLater, cancellationToken),
            await ReachedAsync(Replies, cancellationToken),
            await ReachedAsync(InterviewOrLater, cancellationToken),
            await ReachedAsync([ApplicationStatus.Offer], cancellationToken));
        var byChannel = await db.FollowUps.GroupBy(f => f.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Channel, g => g.Count, cancellationToken);
        return new PipelineStats(
            funnel,
            await WeeksAsync(today, cancellationToken),
            funnel.Applied == 0 ? null : Math.Round((double)funnel.AnyReply / funnel.Applied, 3),
            Median(await DaysToFirstReplyAsync(cancellationToken)),
            Enum.GetValues<Channel>().Select(c => new ChannelCount(PostingReadModel.Name(c), byChannel.GetValueOrDefault(c))).ToList(),
            await db.Postings.CountAsync(p => p.PhoneVerdict == "forbidden", cancellationToken));
    }

    /// <summary>Those holding one of <paramref name="statuses"/> now, and the others one was ever set on: two indexed
    /// counts, where one condition with "or" read every posting.</summary>
    private async Task<int> ReachedAsync(ApplicationStatus[] statuses, CancellationToken cancellationToken) =>
        await db.Postings.CountAsync(p => statuses.Contains(p.Status), cancellationToken)
        + await db.StatusChanges.Where(s => statuses.Contains(s.Status)).Select(s => s.PostingId).Distinct()
            .CountAsync(id => db.Postings.Any(p => p.Id == id && !statuses.Contains(p.Status)), cancellationToken);

    private async Task<IReadOnlyList<WeekFigures>> WeeksAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var firstWeek = WeekOf(today).AddDays(-7 * (Weeks - 1));
        var applied = await db.Postings.Where(p => p.AppliedOn != null && p.AppliedOn >= firstWeek).Select(p => p.AppliedOn!.Value).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.Where(f => f.OnDate >= firstWeek).Select(f => f.OnDate).ToListAsync(cancellationToken);
        return Enumerable.Range(0, Weeks)
            .Select(i => firstWeek.AddDays(7 * i))
            .Select(week => new WeekFigures(week, applied.Count(d => WeekOf(d) == week), followUps.Count(d => WeekOf(d) == week)))
            .ToList();
    }

    /// <summary>Days from applying to the first reply, for each application that had one.</summary>
    private async Task<List<int>> DaysToFirstReplyAsync(CancellationToken cancellationToken)
    {
        var pairs = await db.Postings.Where(p => p.AppliedOn != null)
            .Select(p => new
            {
                AppliedOn = p.AppliedOn!.Value,
                FirstReply = db.StatusChanges.Where(s => s.PostingId == p.Id && Replies.Contains(s.Status)).Min(s => (DateOnly?)s.OnDate),
            })
            .Where(p => p.FirstReply != null)
            .ToListAsync(cancellationToken);
        return pairs.Select(p => Math.Max(0, p.FirstReply!.Value.DayNumber - p.AppliedOn.DayNumber)).ToList();
    }

    /// <summary>The Monday that starts the week of <paramref name="date"/>.</summary>
    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}

public sealed record PipelineStats(
    FunnelFigures Funnel,
    IReadOnlyList<WeekFigures> Weeks,
    double? ReplyRate,
    double? MedianDaysToFirstReply,
    IReadOnlyList<ChannelCount> FollowUpsByChannel,
    int PostingsForbiddingCalls);

/// <summary>How many postings reached each stage: saved → applied → any reply → interview → offer.</summary>
public sealed record FunnelFigures(int Saved, int Applied, int AnyReply, int Interview, int Offer);

/// <summary>Applications and follow-ups made in the week starting on Monday <see cref="WeekOf"/>.</summary>
public sealed record WeekFigures(DateOnly WeekOf, int Applications, int FollowUps);

public sealed record ChannelCount(string Channel, int Count);
