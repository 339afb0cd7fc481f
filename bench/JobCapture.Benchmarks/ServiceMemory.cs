using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace JobCapture.Benchmarks;

/// <summary>
/// The runtime's own memory counters of another .NET process (what dotnet-counters shows), read over its diagnostics
/// port once a second: the GC heap tells memory the service holds from memory the GC has not yet given back.
/// </summary>
internal sealed class ServiceMemory : IDisposable
{
    private static readonly string[] Counters = ["working-set", "gc-heap-size", "loh-size", "gc-committed"];

    private readonly EventPipeSession _session;
    private readonly EventPipeEventSource _source;
    private readonly Task _reading;
    private readonly ConcurrentDictionary<string, double> _latest = new();

    public ServiceMemory(int processId)
    {
        var provider = new EventPipeProvider("System.Runtime", EventLevel.Informational, keywords: 0,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        _session = new DiagnosticsClient(processId).StartEventPipeSession(provider, requestRundown: false);
        _source = new EventPipeEventSource(_session.EventStream);
        _source.Dynamic.All += Record;
        _reading = Task.Run(_source.Process);
    }

    public static string Header => "working set | GC heap | large-object heap | GC committed";

    /// <summary>The latest value of each counter, in MB, waiting up to two intervals for the first.</summary>
    public async Task<string> ReadAsync()
    {
        for (var wait = 0; wait < 20 && _latest.Count < Counters.Length; wait++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.1));
        return string.Join(" | ", Counters.Select(name => _latest.TryGetValue(name, out var value) ? $"{value:0}" : "?"));
    }

    private void Record(TraceEvent data)
    {
        if (data.EventName != "EventCounters" || data.PayloadValue(0) is not IDictionary<string, object> { } wrapper ||
            wrapper["Payload"] is not IDictionary<string, object> payload || payload["Name"] is not string name || !Counters.Contains(name))
        {
            return;
        }

        var value = Convert.ToDouble(payload["Mean"], System.Globalization.CultureInfo.InvariantCulture);
        // gc-heap-size, loh-size and working-set come in MB or bytes depending on the counter; normalise to MB.
        _latest[name] = payload.TryGetValue("DisplayUnits", out var units) && units is "MB" ? value : value / 1024 / 1024;
    }

    public void Dispose()
    {
        _session.Stop();
        _reading.Wait(TimeSpan.FromSeconds(5));
        _source.Dispose();
        _session.Dispose();
    }
}
