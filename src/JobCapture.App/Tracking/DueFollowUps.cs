using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;

namespace JobCapture.App.Tracking;

/// <summary>A posting whose first follow-up is due today or overdue, with the plan for it.</summary>
public sealed record DueFollowUp(Posting Posting, DateOnly DueOn, FollowUpPlan Plan);

/// <summary>Finds the follow-ups due on a given day: applied postings whose earliest follow-up date (the posting's
/// stated response time, or the default business days) has come.</summary>
public sealed class DueFollowUps(TrackingStore tracking, PostingQueries queries)
{
    public async Task<IReadOnlyList<DueFollowUp>> OnAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var due = new List<DueFollowUp>();
        foreach (var posting in await tracking.AwaitingFollowUpAsync(cancellationToken))
        {
            var analysis = await queries.LatestAnalysisAsync(posting.Id, cancellationToken);
            if (analysis is null || posting.AppliedOn is not { } appliedOn || !analysis.FollowUp.Timing.IsDue(appliedOn, today))
            {
                continue;
            }

            due.Add(new DueFollowUp(posting, analysis.FollowUp.Timing.EarliestFollowUp(appliedOn), FollowUpPlanner.Plan(analysis, appliedOn)));
        }

        return due.OrderBy(d => d.DueOn).ThenBy(d => d.Posting.Id).ToList();
    }
}
