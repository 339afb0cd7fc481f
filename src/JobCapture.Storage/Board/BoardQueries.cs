using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Board;

/// <summary>The board: every status with how many postings it holds, and the most recently saved cards of each.</summary>
public sealed class BoardQueries(JobCaptureDb db)
{
    public async Task<IReadOnlyList<BoardColumn>> ColumnsAsync(int cardsPerColumn, CancellationToken cancellationToken)
    {
        var counts = await db.Postings.GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        // One indexed query per status (Status, LastSavedAt): a window over the whole table reads every row.
        var cards = new List<BoardCard>();
        foreach (var status in counts.Keys)
        {
            cards.AddRange(await db.Postings.Where(p => p.Status == status)
                .OrderByDescending(p => p.LastSavedAt).ThenByDescending(p => p.Id)
                .Take(cardsPerColumn)
                .Select(p => new BoardCard(p.Id, p.Status, p.Title, p.Url, p.Company, p.PhoneVerdict, p.FollowUpDueOn,
                    new PostingFlags(p.ChangedSinceSaved, p.ClosedNotice, p.GoneStatus, p.Deadline)))
                .ToListAsync(cancellationToken));
        }

        return Enum.GetValues<ApplicationStatus>()
            .Select(status => new BoardColumn(
                status,
                counts.GetValueOrDefault(status),
                cards.Where(c => c.Status == status).ToList()))
            .ToList();
    }
}

public sealed record BoardColumn(ApplicationStatus Status, int Count, IReadOnlyList<BoardCard> Cards);

/// <summary>A posting on the board. <see cref="FollowUpDueOn"/> is set once the user has applied.</summary>
public sealed record BoardCard(long Id, ApplicationStatus Status, string Title, string Url, string Company, string PhoneVerdict, DateOnly? FollowUpDueOn, PostingFlags Flags);
