using JobCapture.App.BatchCapture;
using Microsoft.Extensions.Time.Testing;

namespace JobCapture.App.Tests;

/// <summary>A batch is polite to each site (pages of one host start a delay apart, other hosts do not wait) and waits
/// longer after each failed try, or as long as the server asked.</summary>
public class BatchPacingTests
{
    [Test]
    public async Task Pages_of_one_host_start_a_delay_apart_while_another_host_goes_at_once()
    {
        var time = new FakeTimeProvider();
        var pacer = new HostPacer(TimeSpan.FromSeconds(2), time);

        var first = pacer.WaitTurnAsync("jobs.example", CancellationToken.None);
        var second = pacer.WaitTurnAsync("JOBS.example", CancellationToken.None);
        var otherHost = pacer.WaitTurnAsync("careers.example", CancellationToken.None);
        var secondBefore = second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1.9));
        var secondAlmost = second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.1));
        await second;

        Assert.Multiple(() =>
        {
            Assert.That(first.IsCompleted, Is.True, "the first page of a host goes at once");
            Assert.That(otherHost.IsCompleted, Is.True, "another host does not wait");
            Assert.That(secondBefore, Is.False, "the second page of the host waits");
            Assert.That(secondAlmost, Is.False, "…the whole delay");
        });
    }

    [Test]
    public void The_wait_before_a_retry_doubles_up_to_a_cap_unless_the_server_named_one()
    {
        var options = new BatchOptions { Backoff = TimeSpan.FromSeconds(1) };

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(1, 4).Select(retry => options.BackoffBefore(retry, null).TotalSeconds), Is.EqualTo(new[] { 1, 2, 4, 8 }));
            Assert.That(options.BackoffBefore(30, null), Is.EqualTo(BatchOptions.MaxBackoff));
            Assert.That(options.BackoffBefore(1, TimeSpan.FromSeconds(7)), Is.EqualTo(TimeSpan.FromSeconds(7)), "Retry-After");
            Assert.That(options.BackoffBefore(1, TimeSpan.FromHours(1)), Is.EqualTo(BatchOptions.MaxBackoff), "Retry-After, capped");
        });
    }
}
