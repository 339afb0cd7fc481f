using JobCapture.Core;
using JobCapture.Core.Capture;
using JobCapture.Core.Identity;
using JobCapture.Storage;
using JobCapture.Storage.Captures;

namespace JobCapture.App.Captures;

/// <summary>
/// The one path every capture takes, whether it comes from the extension, the CLI or the demo seeds:
/// validate, analyse (off the caller's thread, within a time budget), turn away sign-in, captcha and cookie walls,
/// store in one transaction (joining the saved posting the page is another sighting of), log one line.
/// </summary>
public sealed class CapturePipeline(AnalysisRunner runner, CaptureStore store, TimeProvider time, ILogger<CapturePipeline> log)
{
    public const string ImportSource = "import";

    public const string RecheckSource = "recheck";

    private static readonly HashSet<string> Sources = new(StringComparer.Ordinal) { "extension", "cli", "demo", ImportSource, RecheckSource };

    /// <summary>Stores the capture under the posting its URL and page name, or, with <paramref name="postingKey"/>,
    /// under that posting: a re-check keeps the page with the posting it re-checks wherever the page now points.</summary>
    public Task<CaptureOutcome> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken, string? postingKey = null) =>
        CaptureAsync(request, rehearsal: false, postingKey, cancellationToken);

    /// <summary>The whole capture, with the store's transaction rolled back at the end: nothing is kept or logged.</summary>
    public Task<CaptureOutcome> RehearseAsync(CaptureRequest request, CancellationToken cancellationToken) =>
        CaptureAsync(request, rehearsal: true, postingKey: null, cancellationToken);

    private async Task<CaptureOutcome> CaptureAsync(CaptureRequest request, bool rehearsal, string? postingKey, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        request = WithoutControlCharacters(request);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return new CaptureOutcome.Invalid(errors);
        }

        var html = request.Html!;
        var url = request.Url!.Trim();
        if (await runner.AnalyzeAsync(html, url, cancellationToken) is not { } analysis)
        {
            log.LogWarning("Capture not saved: its analysis took longer than {BudgetSeconds} s and was stopped", runner.Budget.TotalSeconds);
            return new CaptureOutcome.TooComplex();
        }

        if (PageWalls.Find(html, analysis) is { } wall)
        {
            log.LogInformation("Capture not saved: the page is a {Wall} wall", wall);
            return new CaptureOutcome.Walled(wall);
        }

        var capture = new NewCapture(
            CaptureId: string.IsNullOrWhiteSpace(request.CaptureId) ? Guid.NewGuid().ToString("N") : request.CaptureId.Trim(),
            PostingKey: postingKey ?? PostingIdentity.KeyFor(url, analysis.Posting.CanonicalUrl),
            Url: url,
            Title: request.Title?.Trim() ?? "",
            Source: request.Source!,
            CapturedAt: request.CapturedAt ?? time.GetUtcNow(),
            Html: html,
            Selection: request.Selection,
            Screenshot: request.Screenshot is null ? null : Convert.FromBase64String(request.Screenshot));
        if (rehearsal)
        {
            return new CaptureOutcome.Stored(await store.RehearseAsync(capture, analysis, time.GetUtcNow(), cancellationToken), analysis);
        }

        var stored = await store.SaveAsync(capture, analysis, time.GetUtcNow(), cancellationToken);
        log.LogInformation("Captured posting {PostingId} ({CaptureKind}), statements [{StatementKinds}], in {ElapsedMs:0} ms",
            stored.PostingId,
            stored.WasDuplicate ? "duplicate" : stored.IsNewPosting ? "new" : stored.JoinedPosting ? "seen on another site" : "new snapshot",
            string.Join(", ", analysis.Statements.Select(s => s.Kind).Distinct()),
            time.GetElapsedTime(started).TotalMilliseconds);
        return new CaptureOutcome.Stored(stored, analysis);
    }

    /// <summary>Control characters (NUL, escape …) are dropped on arrival: the page and every field stored from it.</summary>
    private static CaptureRequest WithoutControlCharacters(CaptureRequest request) => request with
    {
        Url = Strip(request.Url),
        Title = Strip(request.Title),
        Html = Strip(request.Html),
        Selection = Strip(request.Selection),
        CaptureId = Strip(request.CaptureId),
    };

    private static string? Strip(string? text) => text is null ? null : ControlCharacters.Strip(text);

    private static Dictionary<string, string[]> Validate(CaptureRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        // Scheme checked, not only "absolute": on Unix "/jobs/1" parses as an absolute file: URI.
        if (!Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors["url"] = ["An absolute http(s) URL is required."];
        }

        if (string.IsNullOrWhiteSpace(request.Html))
        {
            errors["html"] = ["The page's HTML is required."];
        }

        if (request.Source is null || !Sources.Contains(request.Source))
        {
            errors["source"] = [$"Source must be one of: {string.Join(", ", Sources)}."];
        }

        if (request.Screenshot is not null && !IsBase64Png(request.Screenshot))
        {
            errors["screenshot"] = ["The screenshot must be a PNG image, base64-encoded."];
        }

        if (request.CaptureId is { Length: > 100 })
        {
            errors["captureId"] = ["The capture id is at most 100 characters."];
        }

        return errors;
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The dashboard serves a stored screenshot as image/png, so only a PNG is taken.</summary>
    private static bool IsBase64Png(string value)
    {
        var bytes = new byte[value.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(value, bytes, out var length) && bytes.AsSpan(0, length).StartsWith(PngSignature);
    }
}

public abstract record CaptureOutcome
{
    private CaptureOutcome()
    {
    }

    public sealed record Stored(StoredCapture Capture, Analysis Analysis) : CaptureOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : CaptureOutcome;

    public sealed record TooComplex : CaptureOutcome;

    /// <summary>The page stands in front of the posting (a sign-in form, a captcha, a cookie dialog): nothing stored.</summary>
    public sealed record Walled(PageWall Wall) : CaptureOutcome;
}
