using JobCapture.Core;
using JobCapture.Core.Capture;
using JobCapture.Core.Contacts;
using JobCapture.Core.FollowUp;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobCapture.App.Captures;

public static class CapturesApi
{
    public static IEndpointRouteBuilder MapCapturesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/captures", CreateCapture);
        return app;
    }

    private static async Task<Results<Created<CaptureResponse>, Ok<CaptureResponse>, ValidationProblem, ProblemHttpResult>> CreateCapture(
        CaptureRequest request, CapturePipeline pipeline, LargePageMemory memory, HttpContext context, CancellationToken cancellationToken)
    {
        if (LargePageMemory.IsLarge(request))
        {
            context.Response.OnCompleted(() =>
            {
                memory.CollectAfterLargePage();
                return Task.CompletedTask;
            });
        }

        var outcome = await pipeline.CaptureAsync(request, cancellationToken);
        switch (outcome)
        {
            case CaptureOutcome.Stored stored:
                var response = ToResponse(stored, $"{context.Request.Scheme}://{context.Request.Host}");
                return stored.Capture.IsNewPosting
                    ? TypedResults.Created($"/api/postings/{stored.Capture.PostingId}", response)
                    : TypedResults.Ok(response);
            case CaptureOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors, detail: "Some fields of the capture are missing or wrong.");
            case CaptureOutcome.Walled walled:
                return TypedResults.Problem(
                    $"{walled.Wall.Describe()}: nothing saved. Sign in or answer it in the tab, then save the job again.",
                    title: "Not a posting", statusCode: StatusCodes.Status422UnprocessableEntity);
            default:
                context.Response.Headers.RetryAfter = RetryAfterSeconds;
                return TypedResults.Problem("The page could not be analysed in time; its analysis was stopped.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    public static CaptureResponse ToResponse(CaptureOutcome.Stored stored, string baseUrl)
    {
        var (capture, analysis) = (stored.Capture, stored.Analysis);
        var phone = analysis.FollowUp.Channels.Phone;
        var evidence = phone.Evidence.Count > 0 ? analysis.Statements[phone.Evidence[0]].Text : null;
        return new CaptureResponse(
            capture.PostingId,
            capture.SnapshotId,
            capture.IsNewPosting,
            capture.WasDuplicate,
            capture.JoinedPosting,
            analysis.Posting.Title,
            analysis.Posting.Company,
            new PhoneSummary(VerdictNames.Name(phone.Verdict), VerdictWording.Phone(phone.Verdict), phone.Limit, phone.Reason, evidence),
            analysis.FollowUp.Summary,
            $"{baseUrl}/postings/{capture.PostingId}",
            PopupContacts(analysis));
    }

    /// <summary>The few contacts worth showing in a popup: people's and teams' addresses and numbers, then names and
    /// profiles; never a no-reply box or a fax.</summary>
    private static List<ContactSummary> PopupContacts(Analysis analysis) =>
        analysis.Contacts
            .Where(c => c.Kind != ContactKind.ApplyLink && c.Category is not (ContactCategory.NoReply or ContactCategory.OtherPurpose or ContactCategory.Fax))
            .OrderBy(c => c.Kind)
            .Take(MaxPopupContacts)
            .Select(c => new ContactSummary(JsonName(c.Kind), c.Value, c.Name, c.Role is { } role ? JsonName(role) : null))
            .ToList();

    private const int MaxPopupContacts = 4;

    private const string RetryAfterSeconds = "30";

    private static string JsonName<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
