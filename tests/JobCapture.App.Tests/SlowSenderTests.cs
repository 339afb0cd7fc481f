using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using JobCapture.App.Hosting;
using JobCapture.App.Security;

namespace JobCapture.App.Tests;

/// <summary>Clients that trickle a large body hold their own connection, never a capture slot.</summary>
[Category("Threats")]
public class SlowSenderTests : ServiceFixture
{
    private const int SlowSenders = 4;

    protected override ServiceOptions Configure(ServiceOptions options) => options with
    {
        CaptureLimits = new CaptureLimitOptions(Concurrent: 1, Queued: 1, Burst: 1000, PerMinute: 1000),
        BodyReadDeadline = TimeSpan.FromSeconds(4),
    };

    [Test]
    public async Task Slow_senders_holding_the_token_do_not_starve_a_real_capture_and_are_cut_off_at_the_deadline()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var senders = Enumerable.Range(0, SlowSenders).Select(_ => new TcpClient()).ToList();
        try
        {
            foreach (var sender in senders)
            {
                await sender.ConnectAsync(IPAddress.Loopback, BaseAddress.Port, stop.Token);
                await SendAsync(sender, $"POST /api/captures HTTP/1.1\r\nHost: {BaseAddress.Authority}\r\nAuthorization: Bearer {Token}\r\n" +
                    "Content-Type: application/json\r\nContent-Length: 15000000\r\n\r\n{\"html\": \"", stop.Token);
            }

            var trickle = TrickleAsync(senders, stop.Token);
            // Give the service time to take the slow requests in: without the defence they now hold the slot and the queue.
            await Task.Delay(TimeSpan.FromMilliseconds(500), stop.Token);

            using var real = await Client.PostAsJsonAsync("/api/captures", Captures.Request(Captures.NoCallsPage), stop.Token);
            var answers = await Task.WhenAll(senders.Select(sender => FirstLineAsync(sender, stop.Token)));
            await stop.CancelAsync();
            await trickle;

            Assert.That(real.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(answers, Has.All.StartWith("HTTP/1.1 408"));
        }
        finally
        {
            senders.ForEach(sender => sender.Dispose());
        }
    }

    private static Task SendAsync(TcpClient client, string text, CancellationToken cancellationToken) =>
        client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken).AsTask();

    /// <summary>A few bytes per sender every 100 ms: well above Kestrel's minimum data rate, far from 15 MB.</summary>
    private static async Task TrickleAsync(List<TcpClient> senders, CancellationToken cancellationToken)
    {
        var chunk = new string('a', 64);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                foreach (var sender in senders)
                {
                    try
                    {
                        await SendAsync(sender, chunk, cancellationToken);
                    }
                    catch (IOException)
                    {
                        // This sender was answered and closed.
                    }
                }

                await Task.Delay(100, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<string> FirstLineAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(client.GetStream(), Encoding.ASCII, leaveOpen: true);
        return await reader.ReadLineAsync(cancellationToken) ?? "";
    }
}
