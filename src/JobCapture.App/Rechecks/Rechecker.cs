using JobCapture.App.Captures;
using JobCapture.Capture;
using JobCapture.Core;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Rechecks;

namespace JobCapture.App.Rechecks;

/// <summary>
/// Captures saved, still open postings again through the capture pipeline and records what it finds: a new snapshot
/// (whose analysis sets the "changed" and "closed" flags like any capture), or, when the page answers 404 or 410,
/// the posting as gone.
/// </summary>
public sealed class Rechecker(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<IReadOnlyList<RecheckTarget>> DueAsync(TimeSpan olderThan, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecheckStore>().OpenPostingsAsync(time.GetUtcNow() - olderThan, today, cancellationToken);
    }

    public async Task<RecheckResult> RecheckAsync(PageCapturer capturer, RecheckTarget target, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<RecheckStore>();
        CapturedPage page;
        try
        {
            page = await capturer.CaptureAsync(target.Url, cancellationToken);
        }
        catch (PageCaptureException gone) when (gone.Status is 404 or 410)
        {
            await store.MarkGoneAsync(target.Id, gone.Status.Value, time.GetUtcNow(), cancellationToken);
            return new RecheckResult(RecheckOutcome.Closed, $"the page answered {gone.Status}");
        }
        catch (PageCaptureException failed) when (failed.Status is not null)
        {
            return new RecheckResult(RecheckOutcome.Failed, $"the page answered {failed.Status}; nothing recorded");
        }
        catch (Exception ex) when (ex is PageCaptureException or Microsoft.Playwright.PlaywrightException or TimeoutException)
        {
            return new RecheckResult(RecheckOutcome.Failed, ex.Message.Split('\n')[0]);
        }

        var previous = await scope.ServiceProvider.GetRequiredService<PostingQueries>().LatestAnalysisAsync(target.Id, cancellationToken);
        var request = new CaptureRequest(page.Url, page.Title, page.Html, page.CapturedAt, CapturePipeline.RecheckSource);
        var outcome = await scope.ServiceProvider.GetRequiredService<CapturePipeline>().CaptureAsync(request, cancellationToken, target.PostingKey);
        if (outcome is not CaptureOutcome.Stored stored)
        {
            return new RecheckResult(RecheckOutcome.Failed, outcome is CaptureOutcome.Invalid invalid
                ? string.Join("; ", invalid.Errors.SelectMany(e => e.Value))
                : "the page could not be analysed in time");
        }

        var flags = (await store.FindAsync(target.Id, cancellationToken))!.Flags;
        if (new Dashboard.FlagsView(target.Id, flags, today).ClosedReason is { } reason)
        {
            return new RecheckResult(RecheckOutcome.Closed, reason);
        }

        return previous is null || AnalysisChanges.Between(previous, stored.Analysis).Any
            ? new RecheckResult(RecheckOutcome.Changed, $"see /postings/{target.Id}/changes")
            : new RecheckResult(RecheckOutcome.Unchanged, "");
    }
}

public enum RecheckOutcome
{
    Unchanged,
    Changed,
    Closed,
    Failed,
}

public sealed record RecheckResult(RecheckOutcome Outcome, string Detail);
