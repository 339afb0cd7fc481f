using JobCapture.Core;

namespace JobCapture.App.Captures;

/// <summary>
/// Runs the analyzer off the caller's thread within the time budget. When the budget runs out the analysis itself is
/// cancelled (the analyzer checks the token in its loops), so an answer of "too slow" means the work has stopped,
/// not that it goes on after the capture's slot was given to the next request.
/// </summary>
public sealed class AnalysisRunner(PostingAnalyzer analyzer, AnalysisSettings settings)
{
    private int _running;

    /// <summary>Analyses running right now.</summary>
    public int Running => Volatile.Read(ref _running);

    public TimeSpan Budget => settings.Budget;

    /// <summary>The page's analysis, or null when it did not finish within the budget (and was stopped).</summary>
    public async Task<Analysis?> AnalyzeAsync(string html, string url, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.Budget);
        try
        {
            return await Task.Run(() => Analyze(html, url, budget.Token), budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private Analysis Analyze(string html, string url, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _running);
        try
        {
            return analyzer.AnalyzeHtml(html, url, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
