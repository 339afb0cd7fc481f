using System.Globalization;
using System.Text.Json;
using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;

namespace JobCapture.App.Export;

/// <summary>One exported posting: what it is, what follow-up it allows, and where the user is with it.</summary>
public sealed record ExportRow(
    long Id, string Title, string Company, string Location, string Url, string Status, string? AppliedOn,
    string Phone, string Email, string LinkedIn, string InPerson, string Referral,
    string? EarliestFollowUp, string? Deadline, int FollowUpsMade, string FirstSaved, string LastSaved);

/// <summary>Writes every posting with its verdicts, status and dates as CSV or JSON, from the read model's columns.</summary>
public sealed class PostingExport(PostingQueries queries)
{
    public async Task<IReadOnlyList<ExportRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await queries.AllWithFollowUpCountsAsync(cancellationToken)).Select(p => Row(p.Posting, p.FollowUpsMade)).ToList();

    public static async Task WriteCsvAsync(IEnumerable<ExportRow> rows, TextWriter writer)
    {
        await writer.WriteLineAsync(string.Join(',', Columns.Select(c => c.Header)));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(',', Columns.Select(c => CsvCell(c.Value(row)))));
        }
    }

    private static readonly (string Header, Func<ExportRow, object?> Value)[] Columns =
    [
        ("Id", r => r.Id), ("Title", r => r.Title), ("Company", r => r.Company), ("Location", r => r.Location), ("Url", r => r.Url),
        ("Status", r => r.Status), ("AppliedOn", r => r.AppliedOn), ("Phone", r => r.Phone), ("Email", r => r.Email),
        ("LinkedIn", r => r.LinkedIn), ("InPerson", r => r.InPerson), ("Referral", r => r.Referral),
        ("EarliestFollowUp", r => r.EarliestFollowUp), ("Deadline", r => r.Deadline), ("FollowUpsMade", r => r.FollowUpsMade),
        ("FirstSaved", r => r.FirstSaved), ("LastSaved", r => r.LastSaved),
    ];

    /// <summary>RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote
    /// mark, since titles and companies come from pages written by strangers.</summary>
    private static string CsvCell(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteJsonAsync(IEnumerable<ExportRow> rows, Stream stream) => JsonSerializer.SerializeAsync(stream, rows, Json);

    private static ExportRow Row(Posting posting, int followUpsMade) => new(
        posting.Id, posting.Title, posting.Company, posting.Location, posting.Url,
        posting.Status.Display(), Iso(posting.AppliedOn),
        Verdict(posting, Channel.Phone), Verdict(posting, Channel.Email), Verdict(posting, Channel.LinkedIn),
        Verdict(posting, Channel.InPerson), Verdict(posting, Channel.Referral),
        Iso(posting.FollowUpDueOn), Iso(posting.Deadline), followUpsMade,
        posting.FirstSavedAt.ToString("O", CultureInfo.InvariantCulture), posting.LastSavedAt.ToString("O", CultureInfo.InvariantCulture));

    private static string Verdict(Posting posting, Channel channel) =>
        posting.VerdictFor(channel) + (posting.LimitFor(channel) is { } limit ? $" ({limit})" : "");

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
