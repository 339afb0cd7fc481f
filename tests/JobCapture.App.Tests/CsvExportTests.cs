using JobCapture.App.Export;

namespace JobCapture.App.Tests;

public class CsvExportTests
{
    private static ExportRow Row(string title, string company) => new(
        7, title, company, "Berlin", "https://jobs.example/7", "saved", null, "forbidden", "allowed", "", "", "",
        null, "2026-12-24", 0, "2026-11-20T09:00:00.0000000+00:00", "2026-11-20T09:00:00.0000000+00:00",
        "https://jobs.example/7 https://careers.example/driver");

    private static async Task<string[]> CsvLinesAsync(params ExportRow[] rows)
    {
        using var stream = new MemoryStream();
        await PostingExport.WriteCsvAsync(rows, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");
    }

    [Test]
    public async Task The_csv_has_a_header_and_one_quoted_where_needed_line_per_posting()
    {
        var lines = await CsvLinesAsync(Row("Driver, night shift", "The \"Best\" Bakery"));

        Assert.That(lines[0], Is.EqualTo("Id,Title,Company,Location,Url,Status,AppliedOn,Phone,Email,LinkedIn,InPerson,Referral,EarliestFollowUp,Deadline,FollowUpsMade,FirstSaved,LastSaved,PlacesSeen"));
        Assert.That(lines[1], Does.StartWith("7,\"Driver, night shift\",\"The \"\"Best\"\" Bakery\",Berlin,https://jobs.example/7,saved,,forbidden,allowed,"));
    }

    [TestCase("=HYPERLINK(\"https://evil.example\")")]
    [TestCase("+1 555 0100")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    public async Task A_cell_a_spreadsheet_would_run_as_a_formula_starts_with_a_quote_mark(string title)
    {
        var lines = await CsvLinesAsync(Row(title, "Acme"));

        var cell = lines[1].Split(",Acme,")[0]["7,".Length..];
        Assert.That(cell.TrimStart('"'), Does.StartWith("'" + title[0]));
    }
}
