using System.Runtime.CompilerServices;
using System.Text;
using JobCapture.App.Captures;
using JobCapture.Core;
using JobCapture.Core.Capture;
using JobCapture.Storage.Tracking;

namespace JobCapture.App.Import;

/// <summary>
/// Brings saved pages (.html, .htm) through the capture pipeline and other trackers' CSV rows in as postings without a
/// snapshot. It writes through the same database connections as the service (WAL, busy timeout), so it can run while
/// the service does.
/// </summary>
public sealed class Importer(IServiceScopeFactory scopes)
{
    private static readonly string[] PageExtensions = [".html", ".htm"];

    /// <summary>The files to import under <paramref name="paths"/>: files as given, folders searched recursively.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsImportable).Order(StringComparer.Ordinal)
                : [path])
            .ToList();

    public async IAsyncEnumerable<ImportResult> ImportAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            yield return new ImportResult(file, ImportOutcome.Failed, "no such file");
        }
        else if (IsCsv(file))
        {
            await foreach (var row in ImportCsvAsync(file, cancellationToken))
            {
                yield return row;
            }
        }
        else if (IsImportable(file))
        {
            yield return await ImportPageAsync(file, cancellationToken);
        }
        else
        {
            yield return new ImportResult(file, ImportOutcome.Failed, "not an .html, .htm or .csv file");
        }
    }

    private async Task<ImportResult> ImportPageAsync(string file, CancellationToken cancellationToken)
    {
        var html = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken);
        if (SavedPages.UrlOf(html) is not { } url)
        {
            return new ImportResult(file, ImportOutcome.Failed, "the page names no address (no 'saved from url' mark, canonical link or og:url)");
        }

        await using var scope = scopes.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<CapturePipeline>();
        var outcome = await pipeline.CaptureAsync(SavedPages.Request(html, url, File.GetLastWriteTimeUtc(file)), cancellationToken);
        return outcome switch
        {
            CaptureOutcome.Stored { Capture.IsNewPosting: true } stored => new ImportResult(file, ImportOutcome.New, Describe(stored)),
            CaptureOutcome.Stored stored => new ImportResult(file, ImportOutcome.AlreadySaved, Describe(stored)),
            CaptureOutcome.Invalid invalid => new ImportResult(file, ImportOutcome.Failed, string.Join("; ", invalid.Errors.SelectMany(e => e.Value))),
            CaptureOutcome.Walled walled => new ImportResult(file, ImportOutcome.Failed, walled.Wall.Describe() + ": nothing saved"),
            _ => new ImportResult(file, ImportOutcome.Failed, "the page could not be analysed in time"),
        };
    }

    private async IAsyncEnumerable<ImportResult> ImportCsvAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        await using var scope = scopes.CreateAsyncScope();
        var tracking = scope.ServiceProvider.GetRequiredService<TrackingStore>();
        foreach (var (row, posting, problem) in TrackerCsv.Read(reader, AnalyzerOptions.CreateDefault().FollowUpBusinessDays))
        {
            var source = $"{file} row {row}";
            if (posting is null)
            {
                yield return new ImportResult(source, ImportOutcome.Failed, problem!);
                continue;
            }

            var added = await tracking.AddTrackedPostingAsync(posting, cancellationToken);
            yield return added is null
                ? new ImportResult(source, ImportOutcome.AlreadySaved, posting.Url)
                : new ImportResult(source, ImportOutcome.New, $"{added.Title} · {added.Status.Display()} (id {added.Id})");
        }
    }

    private static string Describe(CaptureOutcome.Stored stored) =>
        $"{stored.Analysis.Posting.Title} (id {stored.Capture.PostingId}{(stored.Capture.WasDuplicate || stored.Capture.IsNewPosting ? "" : ", new snapshot")})";

    private static bool IsCsv(string file) => Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsImportable(string file) =>
        IsCsv(file) || PageExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);
}
