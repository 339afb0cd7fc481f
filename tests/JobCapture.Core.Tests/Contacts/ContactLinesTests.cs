namespace JobCapture.Core.Tests.Contacts;

/// <summary>Each line of Fixtures/Contacts/contact-lines.tsv is analysed on its own, as the held-out
/// measurement does, and must yield exactly the contacts the table lists.</summary>
public class ContactLinesTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    public static IEnumerable<TestCaseData> Lines() =>
        ReadTable().Select(row => new TestCaseData(row.Text, row.Expected).SetName($"Line {row.Number}: {Shorten(row.Text)}"));

    [TestCaseSource(nameof(Lines))]
    public void Each_line_yields_exactly_the_contacts_the_table_lists(string text, string expected)
    {
        var found = Analyzer.AnalyzeText(text).Contacts.Select(ContactExpectation.Key).Order(StringComparer.Ordinal).ToList();

        Assert.That(found, Is.EqualTo(ContactExpectation.Parse(expected).Order(StringComparer.Ordinal).ToList()));
    }

    [Test]
    public void The_table_holds_enough_lines_and_negatives_to_mean_something()
    {
        var rows = ReadTable().ToList();

        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(220));
        Assert.That(rows.Count(r => r.Expected == "-"), Is.GreaterThanOrEqualTo(90));
    }

    [Test]
    public void Email_and_phone_precision_and_recall_meet_the_targets_and_nothing_is_invented()
    {
        var score = new ContactScore();
        foreach (var row in ReadTable())
        {
            var found = Analyzer.AnalyzeText(row.Text).Contacts.Select(ContactExpectation.Key).ToList();
            score.Add(ContactExpectation.Parse(row.Expected), found);
        }

        TestContext.Out.WriteLine(score.Summary());
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision("email"), Is.GreaterThanOrEqualTo(0.99));
            Assert.That(score.Recall("email"), Is.GreaterThanOrEqualTo(0.99));
            Assert.That(score.Precision("phone"), Is.GreaterThanOrEqualTo(0.97));
            Assert.That(score.Recall("phone"), Is.GreaterThanOrEqualTo(0.95));
            Assert.That(score.InventedOnEmptyLines, Is.Zero);
        });
    }

    private static IEnumerable<(int Number, string Text, string Expected)> ReadTable() =>
        File.ReadLines(Fixtures.Path("Contacts", "contact-lines.tsv"))
            .Select((line, index) => (Number: index + 1, Line: line))
            .Where(row => row.Line.Length > 0 && !row.Line.StartsWith('#'))
            .Select(row => row.Line.Split('\t'))
            .Select((parts, index) => (index + 1, parts[0], parts[1]));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60];
}
