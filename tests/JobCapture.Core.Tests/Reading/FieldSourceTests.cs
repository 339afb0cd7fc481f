using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>Fields from the sources below JSON-LD: microdata, the job board's markup, meta tags and the page.</summary>
public class FieldSourceTests
{
    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    [Test]
    public void Microdata_job_postings_are_read()
    {
        const string html = """
            <html><body><div itemscope itemtype="https://schema.org/JobPosting">
              <h1 itemprop="title">Tram Driver</h1>
              <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">City Trams</span></div>
              <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
                <span itemprop="addressLocality">Leeds</span></div></div>
              <meta itemprop="datePosted" content="2026-01-15"><span itemprop="employmentType">PART_TIME</span>
              <div itemprop="description"><p>Drive the night route.</p></div>
            </div></body></html>
            """;

        var fields = _reader.ReadHtml(html, null).Fields;

        Assert.That((fields.Title, fields.Company, fields.Location, fields.DatePosted, fields.EmploymentType),
            Is.EqualTo(("Tram Driver", "City Trams", "Leeds", "2026-01-15", "Part-time")));
    }

    [Test]
    public void Microdata_on_a_results_page_lends_no_fields()
    {
        const string card = """<div itemscope itemtype="http://schema.org/JobPosting"><h2 itemprop="title">{0}</h2></div>""";
        var html = $"<html><body>{string.Format(null, card, "Roofer")}{string.Format(null, card, "Plasterer")}</body></html>";

        Assert.That(_reader.ReadHtml(html, null).Fields.Title, Is.Empty);
    }

    [Test]
    public void The_h1_is_the_title_when_the_title_tag_agrees_and_the_company_follows_at()
    {
        const string html = """<html><head><title>Job Application for Tree Surgeon at Oak &amp; Ash</title><meta property="og:title" content="Tree Surgeon"></head><body><h1>Tree Surgeon</h1><p>Climb.</p></body></html>""";

        var fields = _reader.ReadHtml(html, null).Fields;

        Assert.That((fields.Title, fields.Company), Is.EqualTo(("Tree Surgeon", "Oak & Ash")));
    }

    [TestCase("<title>Roofing Jobs | Board</title></head><body><h1>Showing 40 roofing jobs</h1>", TestName = "An h1 the title tag does not confirm")]
    [TestCase("<title>124 Roofer Jobs in Leeds (NOW HIRING)</title></head><body>", TestName = "A results-page title tag with no h1")]
    [TestCase("<title>Job details | Job search | Jobs | Site</title></head><body>", TestName = "A breadcrumb title tag")]
    public void No_title_is_invented_from(string headAndBody)
    {
        var fields = _reader.ReadHtml($"<html><head>{headAndBody}<p>Results.</p></body></html>", "https://board.example/jobs/in-40210").Fields;

        Assert.That((fields.Title, fields.JobId), Is.EqualTo(("", "")));
    }

    [Test]
    public void Without_an_h1_the_social_title_is_used_without_the_site_suffix()
    {
        const string html = """<html><head><meta property="og:title" content="Glazier | Paneboard"></head><body><div id="app"></div></body></html>""";

        Assert.That(_reader.ReadHtml(html, null).Fields.Title, Is.EqualTo("Glazier"));
    }

    [Test]
    public void The_canonical_link_wins_over_the_captured_url_and_gives_the_job_id()
    {
        const string html = """<html><head><link rel="canonical" href="/jobs/view/tiler-4417736"><meta property="og:title" content="Tiler"></head><body><h1>Tiler</h1></body></html>""";

        var fields = _reader.ReadHtml(html, "https://board.example/search?q=tiler").Fields;

        Assert.That((fields.CanonicalUrl, fields.JobId), Is.EqualTo(("https://board.example/jobs/view/tiler-4417736", "4417736")));
    }

    [TestCase("https://au.indeed.example/viewjob?jk=54f1f8af68d7", "54f1f8af68d7")]
    [TestCase("https://jobs.board.example/acme/jobs/5071418007?gh_src=abc", "5071418007")]
    [TestCase("https://acme.wd1.myworkdayjobs.example/en-US/Careers/job/Analyst_R60670-1", "R60670-1")]
    [TestCase("https://apply.board.example/acme/j/FF79223884", "FF79223884")]
    [TestCase("https://board.example/about", "")]
    public void The_job_id_is_read_from_the_url(string url, string expected)
    {
        const string html = """<html><head><meta property="og:title" content="Tiler"></head><body><h1>Tiler</h1></body></html>""";

        Assert.That(_reader.ReadHtml(html, url).Fields.JobId, Is.EqualTo(expected));
    }

    [TestCase("Data Engineer (Remote)", "", "Remote")]
    [TestCase("Data Engineer", "Berlin · Hybrid", "Hybrid")]
    [TestCase("Data Engineer", "Berlin", "")]
    public void Remote_and_hybrid_are_read_from_the_title_and_location(string title, string location, string expected)
    {
        var html = $"""<html><head><meta property="og:title" content="{title}"></head><body><h1>{title}</h1><span class="job__location">{location}</span></body></html>""";

        Assert.That(_reader.ReadHtml(html, null).Fields.Remote, Is.EqualTo(expected));
    }
}
