using System.Globalization;
using System.Text.Json;
using CsvHelper;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;

namespace JobCapture.App.Export;

/// <summary>One exported posting: what it is, what follow-up it allows, and where the user is with it. The CSV has a
/// column per property, in this order, named after it. <see cref="PlacesSeen"/> holds the addresses the posting was
/// seen at (a board and the employer's own site), first seen first, separated by spaces.</summary>
[CsvRecord]
public sealed partial record ExportRow(
    long Id, string Title, string Company, string Location, string Url, string Status, string? AppliedOn,
    string Phone, string Email, string LinkedIn, string InPerson, string Referral,
    string? EarliestFollowUp, string? Deadline, int FollowUpsMade, string FirstSaved, string LastSaved, string PlacesSeen);

/// <summary>Writes every posting with its verdicts, status and dates as CSV or JSON, from the read model's columns.</summary>
public sealed class PostingExport(PostingQueries queries)
{
    public async Task<IReadOnlyList<ExportRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var postings = await queries.AllWithFollowUpCountsAsync(cancellationToken);
        var placesSeen = await queries.SightingUrlsAsync(cancellationToken);
        return postings.Select(p => Row(p.Posting, p.FollowUpsMade, placesSeen.GetValueOrDefault(p.Posting.Id) ?? [])).ToList();
    }

    /// <summary>RFC 4180 CSV, one column per <see cref="ExportRow"/> property. A cell a spreadsheet would run as a
    /// formula (=, +, -, @, tab, CR first) is prefixed with a quote mark, since titles and companies come from pages
    /// written by strangers.</summary>
    public static async Task WriteCsvAsync(IEnumerable<ExportRow> rows, Stream stream)
    {
        await using var csv = CsvWriter.Create(stream, CsvSettings, leaveOpen: true);
        await csv.WriteRecordsAsync(rows);
    }

    private static readonly CsvWriterOptions CsvSettings = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteJsonAsync(IEnumerable<ExportRow> rows, Stream stream) => JsonSerializer.SerializeAsync(stream, rows, Json);

    private static ExportRow Row(Posting posting, int followUpsMade, IEnumerable<string> placesSeen) => new(
        posting.Id, posting.Title, posting.Company, posting.Location, posting.Url,
        posting.Status.Display(), Iso(posting.AppliedOn),
        Verdict(posting, Channel.Phone), Verdict(posting, Channel.Email), Verdict(posting, Channel.LinkedIn),
        Verdict(posting, Channel.InPerson), Verdict(posting, Channel.Referral),
        Iso(posting.FollowUpDueOn), Iso(posting.Deadline), followUpsMade,
        posting.FirstSavedAt.ToString("O", CultureInfo.InvariantCulture), posting.LastSavedAt.ToString("O", CultureInfo.InvariantCulture),
        string.Join(' ', placesSeen));

    private static string Verdict(Posting posting, Channel channel) =>
        posting.VerdictFor(channel) + (posting.LimitFor(channel) is { } limit ? $" ({limit})" : "");

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
