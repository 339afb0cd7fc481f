using System.Globalization;
using JobCapture.ServerLoad;

// Load benchmark of the service on each engine: USERS users with POSTINGS postings each, CLIENTS concurrent clients
// capturing and reading for SECONDS (after a warm-up), on SQLite and, when --postgres names a server, on PostgreSQL.
var settings = LoadSettings.Parse(args);
Console.WriteLine($"{settings.Users} users × {settings.Postings} postings, {settings.Clients} clients, {settings.Seconds} s measured after {settings.WarmUpSeconds} s warm-up, {settings.CaptureShare:P0} captures");
Console.WriteLine("| engine | seeding | captures/s | reads/s | capture p50 | capture p95 | read p50 | read p95 | errors |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
foreach (var engine in settings.Engines)
{
    var result = await LoadRun.RunAsync(engine, settings);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {engine.Name} | {result.SeedSeconds:F0} s | {result.CapturesPerSecond:F1} | {result.ReadsPerSecond:F1} | {result.Capture.P50:F0} ms | {result.Capture.P95:F0} ms | {result.Read.P50:F0} ms | {result.Read.P95:F0} ms | {result.Errors} |"));
}
