using JobCapture.Core;
using JobCapture.Core.Identity;
using JobCapture.Storage.Captures;

namespace JobCapture.App.Captures;

/// <summary>
/// The one path every capture takes, whether it comes from the extension, the CLI or the demo seeds:
/// validate, analyse (off the caller's thread, within a time budget), store in one transaction.
/// </summary>
public sealed class CapturePipeline(PostingAnalyzer analyzer, CaptureStore store, TimeProvider time)
{
    public static readonly TimeSpan AnalysisBudget = TimeSpan.FromSeconds(20);

    public const string ImportSource = "import";

    private static readonly HashSet<string> Sources = new(StringComparer.Ordinal) { "extension", "cli", "demo", ImportSource };

    public async Task<CaptureOutcome> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return new CaptureOutcome.Invalid(errors);
        }

        var html = request.Html!;
        var url = request.Url!.Trim();
        Analysis analysis;
        try
        {
            analysis = await Task.Run(() => analyzer.AnalyzeHtml(html, url), cancellationToken)
                .WaitAsync(AnalysisBudget, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new CaptureOutcome.TooComplex();
        }

        var capture = new NewCapture(
            CaptureId: string.IsNullOrWhiteSpace(request.CaptureId) ? Guid.NewGuid().ToString("N") : request.CaptureId.Trim(),
            PostingKey: PostingIdentity.KeyFor(url, analysis.Posting.CanonicalUrl),
            Url: url,
            Title: request.Title?.Trim() ?? "",
            Source: request.Source!,
            CapturedAt: request.CapturedAt ?? time.GetUtcNow(),
            Html: html,
            Selection: request.Selection,
            Screenshot: request.Screenshot is null ? null : Convert.FromBase64String(request.Screenshot));
        var stored = await store.SaveAsync(capture, analysis, time.GetUtcNow(), cancellationToken);
        return new CaptureOutcome.Stored(stored, analysis);
    }

    private static Dictionary<string, string[]> Validate(CaptureRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "file"))
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

        if (request.Screenshot is not null && !IsBase64(request.Screenshot))
        {
            errors["screenshot"] = ["The screenshot must be base64 (PNG)."];
        }

        if (request.CaptureId is { Length: > 100 })
        {
            errors["captureId"] = ["The capture id is at most 100 characters."];
        }

        return errors;
    }

    private static bool IsBase64(string value) =>
        Convert.TryFromBase64String(value, new byte[value.Length * 3 / 4 + 3], out _);
}

public abstract record CaptureOutcome
{
    private CaptureOutcome()
    {
    }

    public sealed record Stored(StoredCapture Capture, Analysis Analysis) : CaptureOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : CaptureOutcome;

    public sealed record TooComplex : CaptureOutcome;
}
