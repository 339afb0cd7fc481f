using JobCapture.App.Captures;
using JobCapture.Capture;
using JobCapture.Core.Capture;
using JobCapture.Storage.Postings;
using Microsoft.Playwright;

namespace JobCapture.App.BatchCapture;

/// <summary>
/// Captures many URLs, a few at once: each is skipped when already saved (unless asked again), waits its turn on
/// its host, is tried again after network errors, 429 and 5xx with a growing wait, and goes through the capture
/// pipeline like any other capture. One URL's failure is its own result, never the batch's end.
/// </summary>
public sealed class CaptureBatch(PageCapturer capturer, IServiceProvider services, BatchOptions options, TimeProvider time) : IDisposable
{
    /// <summary>What the CLI adds to a wall's description: where such a page can be saved after all.</summary>
    public const string WallAdvice = "nothing saved; save it from the extension, or use --connect";

    private readonly HostPacer _pacer = new(options.HostDelay, time);

    // Storage is written one capture at a time: SQLite has one writer, and a posting seen twice in one batch must
    // become one posting.
    private readonly SemaphoreSlim _storing = new(1, 1);

    public async Task<IReadOnlyList<UrlResult>> RunAsync(IReadOnlyList<string> urls, IBatchProgress progress, CancellationToken cancellationToken)
    {
        var results = new UrlResult[urls.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, urls.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallel), CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var result = await CaptureOneAsync(urls[index], progress, token);
                results[index] = result;
                progress.Finished(result);
            });
        return results;
    }

    private async Task<UrlResult> CaptureOneAsync(string url, IBatchProgress progress, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new UrlResult(url, UrlOutcome.Failed, "not an http(s) address", Tries: 0);
        }

        if (!options.Again && await AlreadySavedAsync(url, cancellationToken) is { } saved)
        {
            return new UrlResult(url, UrlOutcome.Skipped, $"{saved.Title} · {saved.Company} (id {saved.Id})", Tries: 0);
        }

        for (var tries = 1; ; tries++)
        {
            await _pacer.WaitTurnAsync(uri.Host, cancellationToken);
            progress.Started(url);
            try
            {
                var page = await capturer.CaptureAsync(url, cancellationToken);
                return await StoreAsync(url, page, tries, cancellationToken);
            }
            catch (PageCaptureException ex) when (ex.Retryable && tries <= options.Retries)
            {
                progress.Retrying(url, ex.Message, tries);
                await Task.Delay(options.BackoffBefore(tries, ex.RetryAfter), time, cancellationToken);
            }
            catch (PageCaptureException ex)
            {
                return new UrlResult(url, UrlOutcome.Failed, ex.Retryable ? $"{ex.Message} (tried {tries} times)" : ex.Message, tries);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                return new UrlResult(url, UrlOutcome.Failed, ex.Message.Split('\n')[0], tries);
            }
        }
    }

    private async Task<Storage.Postings.Posting?> AlreadySavedAsync(string url, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PostingQueries>().FindByUrlAsync(url, cancellationToken);
    }

    private async Task<UrlResult> StoreAsync(string url, CapturedPage page, int tries, CancellationToken cancellationToken)
    {
        await _storing.WaitAsync(cancellationToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var pipeline = scope.ServiceProvider.GetRequiredService<CapturePipeline>();
            var request = new CaptureRequest(page.Url, page.Title, page.Html, page.CapturedAt, "cli",
                Screenshot: page.Screenshot is null ? null : Convert.ToBase64String(page.Screenshot));
            return await pipeline.CaptureAsync(request, cancellationToken) switch
            {
                CaptureOutcome.Stored stored => new UrlResult(url, UrlResult.OutcomeOf(stored.Capture), Describe(stored), tries, VerdictWording.PhoneLine(stored.Analysis)),
                CaptureOutcome.Walled walled => new UrlResult(url, UrlOutcome.Failed, $"{walled.Wall.Describe()}: {WallAdvice}", tries),
                CaptureOutcome.Invalid invalid => new UrlResult(url, UrlOutcome.Failed, string.Join("; ", invalid.Errors.SelectMany(e => e.Value)), tries),
                _ => new UrlResult(url, UrlOutcome.Failed, "the page could not be analysed in time", tries),
            };
        }
        finally
        {
            _storing.Release();
        }
    }

    private static string Describe(CaptureOutcome.Stored stored)
    {
        var (capture, analysis) = (stored.Capture, stored.Analysis);
        var status = UrlResult.WordsFor(UrlResult.OutcomeOf(capture));
        return $"{analysis.Posting.Title} · {analysis.Posting.Company} ({status}, id {capture.PostingId})";
    }

    public void Dispose() => _storing.Dispose();
}
