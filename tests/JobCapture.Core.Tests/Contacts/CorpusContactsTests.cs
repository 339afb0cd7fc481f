using JobCapture.Core.Contacts;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>
/// The emails and phones a person sees on each real page in ../shared/corpus (listed in
/// Fixtures/Contacts/corpus-contacts.tsv): every one is found, and nothing else is, except contacts that live only
/// in markup or in a job site's own footer (the site's hotlines, not the employer's), which the table tolerates
/// either way: the page reader leaves footers out.
/// </summary>
public class CorpusContactsTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    public static IEnumerable<TestCaseData> Pages() =>
        File.ReadLines(Fixtures.Path("Contacts", "corpus-contacts.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new TestCaseData(parts[0], parts[1], parts[2]).SetName($"Corpus page {parts[0]}"));

    [Test]
    public void Every_corpus_page_is_a_line_of_the_table() => CorpusPages.AssertOneCasePerPage(Pages().Select(c => (string)c.Arguments[0]!));

    [TestCaseSource(nameof(Pages))]
    public void The_page_yields_the_emails_and_phones_a_person_sees_on_it(string page, string expected, string tolerated)
    {
        var found = EmailsAndPhones(CorpusPages.Read(page));
        var wanted = ContactExpectation.Parse(expected);
        var allowed = wanted.Concat(ContactExpectation.Parse(tolerated)).ToHashSet();

        Assert.That(found, Is.SupersetOf(wanted));
        Assert.That(found.Where(f => !allowed.Contains(f)), Is.Empty, "contacts the page does not show");
    }

    [Test]
    public void The_fax_on_the_korean_page_is_told_from_its_phone()
    {
        var contacts = Analyzer.AnalyzeHtml(CorpusPages.Read("work24-1.html")).Contacts.Where(c => c.Kind == ContactKind.Phone).ToList();

        Assert.That(contacts.Single(c => c.Value == "05034700302").Category, Is.EqualTo(ContactCategory.Fax));
        Assert.That(contacts.Single(c => c.Value == "0632402422").Category, Is.Null);
    }

    [Test]
    public void A_job_board_lists_other_companies_but_only_the_postings_company_page_is_a_contact()
    {
        var companies = Analyzer.AnalyzeHtml(CorpusPages.Read("linkedin-5.html")).Contacts
            .Where(c => c.Kind == ContactKind.Profile && c.Category == ContactCategory.Company);

        Assert.That(companies.Select(c => c.Value), Is.EqualTo(new List<string> { "https://www.linkedin.com/company/talan" }));
    }

    /// <summary>The page reader puts a JSON-LD description a shell page does not show (Workday) into the analysed
    /// text, so the contacts in it are found like any other.</summary>
    private static List<string> EmailsAndPhones(string html) =>
        Analyzer.AnalyzeHtml(html).Contacts
            .Where(c => c.Kind is ContactKind.Email or ContactKind.Phone)
            .Select(ContactExpectation.Key)
            .ToList();
}
