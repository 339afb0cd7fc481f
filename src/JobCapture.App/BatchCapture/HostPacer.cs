namespace JobCapture.App.BatchCapture;

/// <summary>Spaces the pages of one host: each may start only <see cref="BatchOptions.HostDelay"/> after the one
/// before it on that host started. Pages of other hosts do not wait.</summary>
public sealed class HostPacer(TimeSpan delay, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _nextStart = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public async Task WaitTurnAsync(string host, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var start = _nextStart.TryGetValue(host, out var next) && next > now ? next : now;
            _nextStart[host] = start + delay;
            wait = start - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
