using System.Text.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace JobCapture.App.Captures;

/// <summary>
/// The first capture after a start paid for loading the phrase data, compiling the patterns, JIT-compiling the parser,
/// building the EF model, compiling its queries and commands and the JSON contracts: seconds, where the popup promises
/// an answer within one. So before the service opens its port, it rehearses a whole capture of a small posting of its
/// own (read from JSON as a request is, analysed, saved and rolled back, answered as JSON). Before, not beside: a
/// rehearsal running while the first real captures arrived held the database and the cores they needed.
/// </summary>
public sealed class CaptureWarmup(IServiceScopeFactory scopes, IOptions<JsonOptions> json, ILogger<CaptureWarmup> log)
{
    private const string Posting = """
        <html lang="en"><head><title>Warehouse Associate</title>
        <link rel="canonical" href="https://logistics.example/jobs/1">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Warehouse Associate",
        "hiringOrganization":{"name":"Example Logistics"},"datePosted":"2026-01-05","validThrough":"2026-02-05",
        "jobLocation":{"address":{"addressLocality":"Springfield","addressCountry":"US"}}}</script></head>
        <body><nav><a href="/jobs">All jobs</a></nav><main><h1>Warehouse Associate</h1>
        <p>Pick, pack and ship orders. Please no phone calls; questions to jobs@logistics.example or (555) 010-0199.</p>
        <p>Contact: Dana Lee, Hiring Manager. <a href="https://www.linkedin.com/in/example">LinkedIn</a></p>
        <p>We reply within two weeks. <a href="https://logistics.example/apply">Apply now</a></p></main></body></html>
        """;

    /// <summary>Never fails the start: a failed rehearsal is logged, and the first capture is merely slower.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            await RehearseCaptureAsync(cancellationToken);
            log.LogDebug("Capture path warmed up in {ElapsedMs:0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log.LogWarning(exception, "The capture warm-up failed; the first capture will be slower");
        }
    }

    private async Task RehearseCaptureAsync(CancellationToken cancellationToken)
    {
        var options = json.Value.SerializerOptions;
        var body = JsonSerializer.Serialize(new CaptureRequest("https://logistics.example/jobs/1", "Warehouse Associate", Posting,
            DateTimeOffset.UtcNow, "extension", CaptureId: Guid.NewGuid().ToString("N")), options);
        var request = JsonSerializer.Deserialize<CaptureRequest>(body, options)!;

        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CapturePipeline>().RehearseAsync(request, cancellationToken);
        if (outcome is CaptureOutcome.Stored stored)
        {
            _ = JsonSerializer.Serialize(CapturesApi.ToResponse(stored, "http://127.0.0.1"), options);
        }
    }
}
