using JobCapture.Core;
using JobCapture.Storage.Analyses;

namespace JobCapture.App.Tracking;

/// <summary>At start, re-analyses in the background every snapshot whose analysis an older analyzer made, in small
/// batches so captures and the dashboard stay responsive. The user's own data is never touched by it.</summary>
public sealed class ReanalysisService(IServiceScopeFactory scopes, PostingAnalyzer analyzer, ILogger<ReanalysisService> log) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var total = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await using var scope = scopes.CreateAsyncScope();
                var updated = await scope.ServiceProvider.GetRequiredService<Reanalysis>().RunBatchAsync(analyzer, BatchSize, stoppingToken);
                total += updated;
                if (updated < BatchSize)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        if (total > 0)
        {
            log.LogInformation("Re-analysed {Count} snapshots with analyzer {Version}", total, AnalyzerVersion.Current);
        }
    }
}
