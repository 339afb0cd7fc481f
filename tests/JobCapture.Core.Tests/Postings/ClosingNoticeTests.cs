using JobCapture.Core.Postings;

namespace JobCapture.Core.Tests.Postings;

public class ClosingNoticeTests
{
    [TestCase("Senior Baker. This job is no longer available. Search similar jobs.", "This job is no longer available.")]
    [TestCase("We are no longer accepting applications for this role.", "We are no longer accepting applications for this role.")]
    [TestCase("Sorry — this position has been filled! Thanks for your interest.", "Sorry — this position has been filled!")]
    [TestCase("Bäcker (m/w/d). Oh nein, der Job ist nicht mehr verfügbar. Ähnliche Jobs", "Oh nein, der Job ist nicht mehr verfügbar.")]
    [TestCase("Die Stelle ist bereits besetzt.", "Die Stelle ist bereits besetzt.")]
    [TestCase("Boulanger. Cette offre n’est plus disponible.", "Cette offre n’est plus disponible.")]
    [TestCase("Panadero. Esta oferta ya no está disponible.", "Esta oferta ya no está disponible.")]
    [TestCase("Bakker gezocht. Deze vacature is inmiddels vervuld.", "Deze vacature is inmiddels vervuld.")]
    public void A_page_that_says_it_takes_no_more_applications_gives_that_sentence(string text, string sentence) =>
        Assert.That(ClosingNotices.Find(text), Is.EqualTo(sentence));

    [TestCase("We are not accepting applications from agencies.")]
    [TestCase("Applications close on 31 March; we review them as they arrive.")]
    [TestCase("Applications are reviewed on a rolling basis until the position is filled.")]
    [TestCase("Your tasks: make sure stock that is no longer available is reordered.")]
    [TestCase("Die Stelle ist ab sofort zu besetzen.")]
    public void An_open_posting_has_no_closing_notice(string text) =>
        Assert.That(ClosingNotices.Find(text), Is.Null);

    [Test]
    public void Each_language_file_is_read()
    {
        foreach (var (language, text) in new[]
                 {
                     ("en", "This vacancy has expired."), ("de", "Die Bewerbungsfrist ist abgelaufen."), ("fr", "Ce poste a été pourvu."),
                     ("es", "Ya no se aceptan candidaturas."), ("nl", "Deze vacature is gesloten."),
                 })
        {
            Assert.That(ClosingNotices.Find(text), Is.EqualTo(text), language);
        }
    }

    private static IEnumerable<TestCaseData> Pages() =>
        CorpusPages.FileNames().Select(name => new TestCaseData(name).SetName($"Corpus page {name} is an open posting"));

    [Test]
    public void Every_corpus_page_is_a_closing_case() => CorpusPages.AssertOneCasePerPage(Pages().Select(c => (string)c.Arguments[0]!));

    /// <summary>The corpus pages were saved while they took applications: none may be read as closed.</summary>
    [TestCaseSource(nameof(Pages))]
    public void A_corpus_page_has_no_closing_notice(string page)
    {
        if (page == CorpusPages.Missing)
        {
            SharedCorpus.Folder("pages");
        }

        var text = PostingAnalyzer.CreateDefault().AnalyzeHtml(CorpusPages.Read(page)).Text;

        Assert.That(ClosingNotices.Find(text), Is.Null);
    }
}
