using JobCapture.Core.Identity;

namespace JobCapture.Core.Tests.Identity;

public class SamePostingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    private static PostingSighting Seen(string key, string title, string company, string location, int dayOffset = 0, string atsKey = "") =>
        new(key, atsKey, PostingFieldsKey.For(title, company, location), Monday.AddDays(dayOffset));

    [Test]
    public void The_board_page_whose_apply_link_names_the_ats_job_is_that_job()
    {
        var ats = Seen("greenhouse:5071418007", "Data Analyst", "Acme", "Leeds");
        var board = Seen("linkedin:3912345678", "Analyst (data)", "Acme Holdings", "Remote", dayOffset: 40, atsKey: "greenhouse:5071418007");

        Assert.That(SamePosting.Matches(board, ats), Is.True, "the shared id decides, whatever the fields and dates say");
        Assert.That(SamePosting.Matches(ats, board), Is.True);
    }

    [TestCase("Data Analyst", "Acme GmbH", "Berlin", "data analyst", "ACME", "berlin")]
    [TestCase("Data Analyst (m/w/d)", "Acme GmbH", "Berlin", "Data Analyst", "Acme", "Berlin")]
    [TestCase("Senior  Data-Analyst", "Acme, Inc.", "Leeds, UK", "Senior Data Analyst", "Acme Inc", "Leeds UK")]
    [TestCase("Développeur Web", "Société Générale SA", "Paris", "Developpeur web", "Societe Generale", "PARIS")]
    [TestCase("Tiler", "Acme Ltd", "Leeds; York", "Tiler", "Acme", "York; Leeds")]
    public void The_same_title_company_and_location_within_days_are_one_posting(
        string title, string company, string location, string otherTitle, string otherCompany, string otherLocation)
    {
        var board = Seen("linkedin:3912345678", title, company, location);
        var site = Seen("https://careers.acme.example/jobs/data-analyst", otherTitle, otherCompany, otherLocation, dayOffset: 3);

        Assert.That(SamePosting.Matches(site, board), Is.True, $"{board.FieldsKey} vs {site.FieldsKey}");
    }

    [TestCase("Data Analyst", "Acme", "Berlin", "Data Analyst", "Acme", "Munich", TestName = "Same job title at the same company in another city")]
    [TestCase("Data Analyst", "Acme", "Berlin", "Senior Data Analyst", "Acme", "Berlin", TestName = "A more senior title")]
    [TestCase("Data Analyst", "Acme", "Berlin", "Data Analyst", "Acme Bank", "Berlin", TestName = "A company whose name only starts the same")]
    [TestCase("Data Analyst", "Acme", "Berlin", "Data Analyst", "Acme", "Berlin; Munich", TestName = "One more location")]
    [TestCase("Data Analyst", "Acme", "", "Data Analyst", "Acme", "", TestName = "No location on either")]
    [TestCase("Data Analyst", "", "Berlin", "Data Analyst", "", "Berlin", TestName = "No company on either")]
    public void Near_misses_stay_two_postings(
        string title, string company, string location, string otherTitle, string otherCompany, string otherLocation)
    {
        var board = Seen("linkedin:3912345678", title, company, location);
        var site = Seen("https://careers.acme.example/jobs/data-analyst", otherTitle, otherCompany, otherLocation, dayOffset: 1);

        Assert.That(SamePosting.Matches(site, board), Is.False, $"{board.FieldsKey} vs {site.FieldsKey}");
    }

    [Test]
    public void Equal_fields_match_only_within_the_window()
    {
        var first = Seen("linkedin:3912345678", "Data Analyst", "Acme", "Berlin");

        Assert.That(SamePosting.Matches(Seen("indeed:54f1f8af68d7a1b2", "Data Analyst", "Acme", "Berlin", dayOffset: 7), first), Is.True);
        Assert.That(SamePosting.Matches(Seen("indeed:54f1f8af68d7a1b2", "Data Analyst", "Acme", "Berlin", dayOffset: 8), first), Is.False);
        Assert.That(SamePosting.Matches(Seen("indeed:54f1f8af68d7a1b2", "Data Analyst", "Acme", "Berlin", dayOffset: -8), first), Is.False);
    }

    [Test]
    public void Equal_fields_on_two_pages_of_one_careers_site_are_two_openings()
    {
        var first = Seen("https://careers.acme.example/jobs/4711", "Data Analyst", "Acme", "Berlin");
        var second = Seen("https://careers.acme.example/jobs/4712", "Data Analyst", "Acme", "Berlin", dayOffset: 1);
        var elsewhere = Seen("https://jobs.acme-group.example/jobs/4712", "Data Analyst", "Acme", "Berlin", dayOffset: 1);

        Assert.That(SamePosting.Matches(second, first), Is.False);
        Assert.That(SamePosting.Matches(elsewhere, first), Is.True, "the same page on another site joins");
    }

    [Test]
    public void Equal_fields_with_two_different_ids_on_one_board_are_two_openings()
    {
        var first = Seen("greenhouse:5071418007", "Data Analyst", "Acme", "Berlin");
        var second = Seen("greenhouse:5071418008", "Data Analyst", "Acme", "Berlin", dayOffset: 1);
        var boardNamingSecond = Seen("linkedin:3912345678", "Data Analyst", "Acme", "Berlin", dayOffset: 1, atsKey: "greenhouse:5071418008");
        var boardNamingNone = Seen("linkedin:3912345678", "Data Analyst", "Acme", "Berlin", dayOffset: 1);

        Assert.Multiple(() =>
        {
            Assert.That(SamePosting.Matches(second, first), Is.False);
            Assert.That(SamePosting.Matches(boardNamingSecond, first), Is.False);
            Assert.That(SamePosting.Matches(boardNamingNone, first), Is.True, "without the conflicting id the fields alone decide");
        });
    }

    [Test]
    public void A_sighting_reads_the_ats_job_from_the_pages_apply_link()
    {
        const string Page = """
            <html><head><title>Data Analyst</title></head><body><h1>Data Analyst</h1>
            <p>Acme is hiring in Leeds.</p>
            <a href="https://boards.greenhouse.io/acme/jobs/5071418007?gh_src=board">Apply now</a></body></html>
            """;
        var analysis = Analyzer.AnalyzeHtml(Page, "https://jobs.board.example/view/77");

        var seen = PostingSighting.Of("https://jobs.board.example/view/77", analysis, Monday);

        Assert.That(seen.AtsKey, Is.EqualTo("greenhouse:5071418007"));
        Assert.That(seen.Keys, Is.EqualTo(new[] { "https://jobs.board.example/view/77", "greenhouse:5071418007" }));
    }

    [Test]
    public void Apply_links_to_several_jobs_name_none()
    {
        const string Page = """
            <html><body><h1>Open roles at Acme</h1>
            <a href="https://boards.greenhouse.io/acme/jobs/5071418007">Apply now</a>
            <a href="https://boards.greenhouse.io/acme/jobs/5071418008">Apply now</a></body></html>
            """;
        var analysis = Analyzer.AnalyzeHtml(Page, "https://careers.acme.example/roles");

        Assert.That(PostingSighting.Of("https://careers.acme.example/roles", analysis, Monday).AtsKey, Is.Empty);
    }

    [TestCase("https://www.linkedin.com/jobs/view/3912345678", "LinkedIn")]
    [TestCase("https://boards.greenhouse.io/acme/jobs/5071418007", "Greenhouse")]
    [TestCase("https://acme.wd1.myworkdayjobs.com/Careers/job/London/Data-Analyst_R60670-1", "Workday")]
    [TestCase("https://www.acme.example/careers?gh_jid=5071418007", "acme.example")]
    [TestCase("https://careers.acme.example/jobs/1", "careers.acme.example")]
    public void A_site_is_named_by_its_board_or_its_host(string url, string expected)
    {
        Assert.That(PostingIdentity.SiteName(url), Is.EqualTo(expected));
    }
}
