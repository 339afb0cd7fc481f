using JobCapture.Core;

namespace JobCapture.App.Captures;

/// <summary>
/// The first analysis after a start pays for loading the phrase data, compiling the patterns and JIT-compiling the
/// parser (seconds); the popup promises an answer within one. So the service analyses a small posting of its own in
/// the background as it starts, before any real capture arrives.
/// </summary>
public sealed class AnalyzerWarmup(AnalysisRunner runner, ILogger<AnalyzerWarmup> log) : BackgroundService
{
    private const string Posting = """
        <html lang="en"><head><title>Warehouse Associate</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Warehouse Associate",
        "hiringOrganization":{"name":"Example Logistics"},"datePosted":"2026-01-05","validThrough":"2026-02-05",
        "jobLocation":{"address":{"addressLocality":"Springfield","addressCountry":"US"}}}</script></head>
        <body><nav><a href="/jobs">All jobs</a></nav><main><h1>Warehouse Associate</h1>
        <p>Pick, pack and ship orders. Please no phone calls; questions to jobs@logistics.example or (555) 010-0199.</p>
        <p>Contact: Dana Lee, Hiring Manager. <a href="https://www.linkedin.com/in/example">LinkedIn</a></p>
        <p>We reply within two weeks. <a href="https://logistics.example/apply">Apply now</a></p></main></body></html>
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var analysis = await runner.AnalyzeAsync(Posting, "https://logistics.example/jobs/1", stoppingToken);
        if (analysis is not null)
        {
            _ = AnalysisJson.Serialize(analysis);
        }

        log.LogDebug("Analyzer warmed up in {ElapsedMs:0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }
}
