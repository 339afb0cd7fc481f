using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>
/// Title and company on small pages of sites the reader has no markup for, one way of stating them per row of
/// Fixtures/Reading/A_page_shows_its_title_and_company.tsv. A row where the company stays empty has a twin that
/// differs only in the defended point and gets one, so the defence is what keeps it empty.
/// </summary>
public class PageFieldTableTests
{
    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    public static IEnumerable<TestCaseData> Pages() =>
        File.ReadAllLines(Fixtures.Path("Reading", "A_page_shows_its_title_and_company.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new TestCaseData($"<html><head>{cells[1]}</head><body>{cells[2]}</body></html>", cells[3], cells[4]).SetName(cells[0]));

    [TestCaseSource(nameof(Pages))]
    public void A_page_shows_its_title_and_company(string html, string title, string company)
    {
        var fields = _reader.ReadHtml(html, null).Fields;

        Assert.That((fields.Title, fields.Company), Is.EqualTo((title, company)));
    }
}
