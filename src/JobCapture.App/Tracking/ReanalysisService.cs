using JobCapture.App.Captures;
using JobCapture.Core;
using JobCapture.Storage.Analyses;

namespace JobCapture.App.Tracking;

/// <summary>At start, re-analyses in the background every snapshot whose analysis an older analyzer made, in small
/// batches beside the captures, each page with the captures' time budget. A snapshot that cannot be read or
/// analysed is logged, marked and skipped; the service keeps running. The user's own data is never touched by it.</summary>
public sealed class ReanalysisService(IServiceScopeFactory scopes, AnalysisRunner runner, TimeProvider time, ILogger<ReanalysisService> log) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            ReanalysisBatch batch;
            do
            {
                var started = time.GetTimestamp();
                await using var scope = scopes.CreateAsyncScope();
                batch = await scope.ServiceProvider.GetRequiredService<Reanalysis>().RunBatchAsync(AnalyzeAsync, BatchSize, stoppingToken);
                foreach (var skipped in batch.Skipped)
                {
                    log.LogError(skipped.Error, "Snapshot {SnapshotId} could not be re-analysed; it keeps its previous analysis", skipped.SnapshotId);
                }

                if (batch.Handled > 0)
                {
                    log.LogInformation("Re-analysed {Updated} snapshots with analyzer {Version}, skipped {Skipped}, in {ElapsedMs:0} ms",
                        batch.Updated, AnalyzerVersion.Current, batch.Skipped.Count, time.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            while (batch.Handled == BatchSize);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A background service that throws stops the host; the dashboard and captures matter more than this.
            log.LogError(ex, "Re-analysis stopped; the remaining snapshots are tried at the next start");
        }
    }

    private async Task<Analysis> AnalyzeAsync(string html, string url, CancellationToken cancellationToken) =>
        await runner.AnalyzeAsync(html, url, cancellationToken)
        ?? throw new TimeoutException($"The analysis took longer than {runner.Budget.TotalSeconds} s and was stopped.");
}
