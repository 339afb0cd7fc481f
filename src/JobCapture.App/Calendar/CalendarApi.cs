using JobCapture.Storage.Postings;
using JobCapture.Storage.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobCapture.App.Calendar;

public static class CalendarApi
{
    /// <summary>GET /calendar/{feedKey}.ics: the feed for calendar apps, of the machine's own user (the key file) or of
    /// the user whose key it is. A wrong key is a plain 404.</summary>
    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/calendar").MapGet("/{feedKey}.ics", Feed);
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> Feed(
        string feedKey, CalendarFeedKey key, UserStore users, Owner owner, PostingQueries queries, TimeProvider time, HttpContext context, CancellationToken cancellationToken)
    {
        if (!key.Matches(feedKey))
        {
            var user = feedKey.Length == Storage.Secrets.Length ? await users.FindByCalendarKeyAsync(feedKey, cancellationToken) : null;
            if (user is null)
            {
                return TypedResults.NotFound();
            }

            owner.Become(user.Id, user.Name);
        }

        var postings = await queries.CalendarDatesAsync(cancellationToken);
        var address = $"{context.Request.Scheme}://{context.Request.Host}";
        return TypedResults.Text(CalendarFeed.Write(postings, address, time.GetUtcNow()), "text/calendar; charset=utf-8");
    }
}
