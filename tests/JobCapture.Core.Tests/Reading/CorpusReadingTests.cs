using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>
/// The reader over every real page in ../shared/corpus/pages. For each page the table
/// (Fixtures/Reading/Every_corpus_page_shows_its_fields.tsv) states what a person sees on it; results pages and
/// script shells must be read without a crash and without a single invented field.
/// </summary>
public class CorpusReadingTests
{
    private static readonly Lazy<Dictionary<string, Expectation>> Expectations = new(LoadExpectations);

    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    public static IEnumerable<TestCaseData> Pages() =>
        CorpusPages.FileNames().Select(name => new TestCaseData(name).SetName($"Corpus page {name} shows its fields"));

    [Test]
    public void Every_corpus_page_is_a_case_and_a_line_of_the_table()
    {
        CorpusPages.AssertOneCasePerPage(Pages().Select(c => (string)c.Arguments[0]!));
        CorpusPages.AssertOneCasePerPage(Expectations.Value.Keys);
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_corpus_page_shows_its_fields(string fileName)
    {
        var html = CorpusPages.Read(fileName);
        Assert.That(Expectations.Value, Does.ContainKey(fileName), "every corpus page needs a line in the table");
        var expected = Expectations.Value[fileName];

        var page = _reader.ReadHtml(html, null);

        Assert.Multiple(() =>
        {
            Assert.That(page.Sentences.Where(s => page.Text[s.Start..s.End] != s.Text), Is.Empty, "sentence offsets");
            Assert.That(page.Anchors.Where(a => page.Text[a.Start..a.End] != a.Text), Is.Empty, "anchor offsets");
            Assert.That(page.Text, Does.Not.Contain("cookie").IgnoreCase, "cookie banners are not the posting");
            if (expected.Kind == "posting")
            {
                AssertPosting(page, expected);
            }
            else
            {
                AssertNothingInvented(page, expected);
            }
        });
    }

    private static void AssertPosting(PageContent page, Expectation expected)
    {
        Assert.That(page.Text, Does.Contain(expected.Phrase), "a phrase of the job description");
        if (expected.Title.Length > 0)
        {
            Assert.That(page.Fields.Title, Is.EqualTo(expected.Title), "title");
        }

        if (expected.Company.Length > 0)
        {
            Assert.That(page.Fields.Company, Is.EqualTo(expected.Company), "company");
        }

        if (expected.Location.Length > 0)
        {
            Assert.That(page.Fields.Location, Does.Contain(expected.Location), "location");
        }
    }

    private static void AssertNothingInvented(PageContent page, Expectation expected)
    {
        Assert.That(page.Fields.Title, Is.EqualTo(expected.Title), "title");
        Assert.That(page.Fields.Company, Is.Empty, "company");
        Assert.That(page.Fields.Location, Is.Empty, "location");
        Assert.That(page.Fields.Salary, Is.Empty, "salary");
        Assert.That(page.Fields.DatePosted, Is.Empty, "date posted");
        if (expected.Title.Length == 0)
        {
            // A page that states a title has an id in its URL; one that is no posting must not get one.
            Assert.That(page.Fields.JobId, Is.Empty, "job id");
        }
    }

    private static Dictionary<string, Expectation> LoadExpectations() =>
        File.ReadAllLines(Fixtures.Path("Reading", "Every_corpus_page_shows_its_fields.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => new Expectation(cells[1], cells[2], cells[3], cells[4], cells[5]));

    private sealed record Expectation(string Kind, string Title, string Company, string Location, string Phrase);
}
