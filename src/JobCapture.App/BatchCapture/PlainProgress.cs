namespace JobCapture.App.BatchCapture;

/// <summary>Progress as plain lines, for logs and pipes: one block per URL when it is done.</summary>
public sealed class PlainProgress(TextWriter output, TextWriter errors, int total) : IBatchProgress
{
    private readonly Lock _gate = new();
    private int _done;

    public void Started(string url)
    {
    }

    public void Retrying(string url, string reason, int triesSoFar)
    {
        lock (_gate)
        {
            errors.WriteLine($"  {url}: {reason}, trying again (try {triesSoFar + 1})");
        }
    }

    public void Finished(UrlResult result)
    {
        lock (_gate)
        {
            output.WriteLine($"[{++_done}/{total}] {result.Url}");
            if (result.Failed)
            {
                errors.WriteLine($"  failed: {result.Detail}");
                return;
            }

            output.WriteLine(result.Outcome == UrlOutcome.Skipped ? $"  skipped, already saved: {result.Detail}" : $"  {result.Detail}");
            if (result.Phone is { } phone)
            {
                output.WriteLine($"  {phone}");
            }
        }
    }
}
