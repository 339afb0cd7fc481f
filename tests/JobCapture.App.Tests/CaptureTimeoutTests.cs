using System.Net;
using System.Net.Http.Json;
using JobCapture.App.Captures;
using JobCapture.App.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.App.Tests;

/// <summary>A capture whose analysis runs over the budget is answered 503 and its analysis is stopped, not abandoned.</summary>
[Category("Threats")]
public class CaptureTimeoutTests : ServiceFixture
{
    protected override ServiceOptions Configure(ServiceOptions options) =>
        options with { Analysis = new AnalysisSettings { Budget = TimeSpan.FromMilliseconds(200) } };

    [Test]
    public async Task A_capture_over_the_time_budget_answers_503_with_retry_after_and_its_analysis_has_stopped()
    {
        // Far more than 200 ms of work: a hundred thousand paragraphs, each with a number and an address to look at.
        var page = "<html><body>" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"<p>Shift {i}: call 030 1234 {i:0000} or write to team{i}@depot.example.</p>")) + "</body></html>";

        using var response = await Client.PostAsJsonAsync("/api/captures", Captures.Request(page));
        var stillRunning = App.Services.GetRequiredService<AnalysisRunner>().Running;

        await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.That(response.Headers.RetryAfter, Is.Not.Null);
        Assert.That(stillRunning, Is.Zero, "the analysis must be stopped before the answer, not left running");
        Assert.That(await Captures.CountPostingsAsync(Client), Is.Zero);
    }
}
