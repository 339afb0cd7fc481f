using JobCapture.App.Captures;
using JobCapture.Core;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobCapture.App.Postings;

public static class PostingsApi
{
    public static IEndpointRouteBuilder MapPostingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/postings");
        api.MapGet("/", List);
        api.MapGet("/lookup", Lookup);
        api.MapGet("/{id:long}/analysis", LatestAnalysis);
        api.MapGet("/{id:long}/sightings", Sightings);
        return app;
    }

    /// <summary>A page of postings (newest first unless <paramref name="sort"/> says otherwise); the X-Total-Count
    /// header tells how many match in all.</summary>
    private static async Task<Ok<List<PostingListItem>>> List(
        string? q, string? phone, ApplicationStatus? status, PostingSort? sort, int? page, int? pageSize,
        PostingQueries queries, HttpResponse response, CancellationToken cancellationToken)
    {
        var filter = new PostingFilter(q, phone, status, sort ?? PostingSort.Newest, page ?? 1, pageSize ?? PostingQueries.MaxPageSize);
        var postings = await queries.ListAsync(filter, cancellationToken);
        response.Headers["X-Total-Count"] = postings.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(postings.Items.Select(PostingListItem.From).ToList());
    }

    /// <summary>Whether the page at <paramref name="url"/> is already saved: the popup and badge show it.</summary>
    private static async Task<Ok<LookupResponse>> Lookup(string url, PostingQueries queries, CancellationToken cancellationToken)
    {
        var posting = await queries.FindByUrlAsync(url, cancellationToken);
        return TypedResults.Ok(new LookupResponse(posting is not null, posting?.Id, posting?.Title, posting?.PhoneVerdict, VerdictWording.Phone(posting?.PhoneVerdict)));
    }

    /// <summary>Where the posting was seen: each URL with its site's name and when, first seen first.</summary>
    private static async Task<Results<Ok<List<PlaceSeen>>, NotFound>> Sightings(long id, PostingQueries queries, CancellationToken cancellationToken)
    {
        var places = await queries.PlacesSeenAsync(id, cancellationToken);
        return places.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(places);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> LatestAnalysis(long id, PostingQueries queries, CancellationToken cancellationToken)
    {
        var analysis = await queries.LatestAnalysisAsync(id, cancellationToken);
        return analysis is null ? TypedResults.NotFound() : TypedResults.Text(AnalysisJson.Serialize(analysis), "application/json");
    }
}

public sealed record PostingListItem(long Id, string Url, string Title, string Company, string Location, string PhoneVerdict, string Summary, DateTimeOffset LastSavedAt)
{
    public static PostingListItem From(Posting p) => new(p.Id, p.Url, p.Title, p.Company, p.Location, p.PhoneVerdict, p.Summary, p.LastSavedAt);
}

public sealed record LookupResponse(bool Saved, long? PostingId, string? Title, string? PhoneVerdict, string? PhoneWording);
