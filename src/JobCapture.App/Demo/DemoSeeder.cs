using JobCapture.App.Captures;

namespace JobCapture.App.Demo;

/// <summary>Loads the demo postings in seeds/demo through the same capture pipeline as every other capture. Each
/// file has a fixed capture id, so starting with --demo twice stores them once.</summary>
public static class DemoSeeder
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds", "demo");

    public static async Task<int> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(SeedsFolder))
        {
            return 0;
        }

        var stored = 0;
        foreach (var file in Directory.EnumerateFiles(SeedsFolder, "*.html").Order(StringComparer.Ordinal))
        {
            await using var scope = services.CreateAsyncScope();
            var pipeline = scope.ServiceProvider.GetRequiredService<CapturePipeline>();
            var name = Path.GetFileNameWithoutExtension(file);
            var request = new CaptureRequest(
                Url: $"https://demo.jobcapture.example/jobs/{name}",
                Title: name,
                Html: await File.ReadAllTextAsync(file, cancellationToken),
                CapturedAt: null,
                Source: "demo",
                CaptureId: "demo-" + name);
            if (await pipeline.CaptureAsync(request, cancellationToken) is CaptureOutcome.Stored { Capture.WasDuplicate: false })
            {
                stored++;
            }
        }

        return stored;
    }
}
