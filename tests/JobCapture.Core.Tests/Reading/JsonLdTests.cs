using JobCapture.Core.Postings;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>schema.org JobPosting in JSON-LD as real sites write it, from tidy to broken.</summary>
public class JsonLdTests
{
    private const string Posting = """{"@type":"JobPosting","title":"Lock Keeper","hiringOrganization":{"@type":"Organization","name":"Canal Trust"}}""";

    private static readonly string[] FerryLocations = ["Oban, Argyll, GB", "Mallaig, GB"];

    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    private PostingFields FieldsOf(string script, string? url = null) =>
        _reader.ReadHtml($"""<html><head><script type="application/ld+json">{script}</script></head><body><p>Body.</p></body></html>""", url).Fields;

    [TestCase(Posting, TestName = "A single object")]
    [TestCase("[" + Posting + "]", TestName = "An array")]
    [TestCase("""{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Careers"},""" + Posting + "]}", TestName = "An @graph")]
    [TestCase("""{"@type":"WebPage","mainEntity":""" + Posting + "}", TestName = "A posting as the page's main entity")]
    [TestCase("""{"@type":["JobPosting","Thing"],"title":"Lock Keeper","hiringOrganization":"Canal Trust"}""", TestName = "A type list and a plain-text organisation")]
    [TestCase("""{"@type":"JobPosting","title":"Lock Keeper","hiringOrganization":{"name":"Canal Trust"},}""", TestName = "A trailing comma")]
    [TestCase("<!-- " + Posting + " -->", TestName = "An HTML comment wrapper")]
    [TestCase("//<![CDATA[\n" + Posting + "\n//]]>", TestName = "A CDATA wrapper")]
    [TestCase("""{"@type":"WebSite","name":"Board"}""" + "\n" + Posting, TestName = "Two objects in one script")]
    [TestCase("{\"@type\":\"JobPosting\",\"title\":\"Lock Keeper\",\"description\":\"Line one\nline\ttwo \\'quoted\\'\",\"hiringOrganization\":{\"name\":\"Canal Trust\"}}", TestName = "Raw control characters and JavaScript escapes in strings")]
    public void A_job_posting_is_found_in(string script)
    {
        var fields = FieldsOf(script);

        Assert.That((fields.Title, fields.Company), Is.EqualTo(("Lock Keeper", "Canal Trust")));
    }

    [Test]
    public void Nested_locations_salary_dates_and_identifier_are_read()
    {
        const string script = """
            {"@context":"https://schema.org/","@type":"JobPosting","title":"Ferry Deckhand",
             "datePosted":"2026-03-02","validThrough":"2026-04-30T23:59","employmentType":["FULL_TIME","TEMPORARY"],
             "identifier":{"@type":"PropertyValue","name":"Harbour Lines","value":"HL-2291"},
             "jobLocation":[{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Oban","addressRegion":"Argyll","addressCountry":{"@type":"Country","name":"GB"}}},
                            {"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Mallaig","addressCountry":"GB"}}],
             "baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":{"@type":"QuantitativeValue","minValue":24000,"maxValue":27500,"unitText":"YEAR"}},
             "hiringOrganization":{"@type":"Organization","name":"Harbour Lines"}}
            """;

        var fields = FieldsOf(script);

        Assert.Multiple(() =>
        {
            Assert.That(fields.Locations, Is.EqualTo(FerryLocations));
            Assert.That(fields.Location, Is.EqualTo("Oban, Argyll, GB; Mallaig, GB"));
            Assert.That(fields.Salary, Is.EqualTo("GBP 24,000–27,500 per year"));
            Assert.That(fields.EmploymentType, Is.EqualTo("Full-time, Temporary"));
            Assert.That(fields.DatePosted, Is.EqualTo("2026-03-02"));
            Assert.That(fields.ValidThrough, Is.EqualTo("2026-04-30T23:59"));
            Assert.That(fields.JobId, Is.EqualTo("HL-2291"));
        });
    }

    [TestCase("""{"currency":"USD","value":{"@type":"QuantitativeValue","value":31.5,"unitText":"HOUR"}}""", "USD 31.50 per hour")]
    [TestCase("""{"currency":"EUR","value":{"minValue":"50000","maxValue":"60000","unitText":"YEAR"}}""", "EUR 50,000–60,000 per year")]
    [TestCase("""{"currency":"AUD","value":{"minValue":4000,"unitText":"MONTH"}}""", "AUD 4,000 per month")]
    [TestCase("""{"currency":"USD","value":85000}""", "USD 85,000")]
    [TestCase("""{"currency":"USD","value":{"minValue":0,"maxValue":0}}""", "")]
    public void Salary_is_written_as_a_person_reads_it(string baseSalary, string expected)
    {
        var fields = FieldsOf($$"""{"@type":"JobPosting","title":"Welder","baseSalary":{{baseSalary}}}""");

        Assert.That(fields.Salary, Is.EqualTo(expected));
    }

    [Test]
    public void Telecommute_postings_are_remote()
    {
        var fields = FieldsOf("""{"@type":"JobPosting","title":"Support Writer","jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"Canada"}}""");

        Assert.That(fields.Remote, Is.EqualTo("Remote"));
        Assert.That(fields.Location, Is.Empty, "the applicant's country is not a work location");
    }

    [Test]
    public void Html_escaped_descriptions_become_plain_text()
    {
        var fields = FieldsOf("""{"@type":"JobPosting","title":"Glass Blower","description":"&lt;p&gt;Shape &amp;amp; anneal vessels.&lt;/p&gt;&lt;p&gt;Night kiln checks.&lt;/p&gt;"}""");

        Assert.That(fields.Description, Is.EqualTo("Shape & anneal vessels.\nNight kiln checks."));
    }

    [Test]
    public void Several_different_postings_lend_no_fields()
    {
        var fields = FieldsOf("""[{"@type":"JobPosting","title":"Baker","hiringOrganization":"Crumb"},{"@type":"JobPosting","title":"Barista","hiringOrganization":"Bean"}]""");

        Assert.That((fields.Title, fields.Company), Is.EqualTo(("", "")));
    }

    [Test]
    public void Application_contacts_become_contact_hints()
    {
        const string script = """{"@type":"JobPosting","title":"Gardener","applicationContact":{"@type":"ContactPoint","name":"Rowan Ash","email":"rowan@greenhands.example","telephone":"+44 20 7946 0000"}}""";

        var hint = _reader.ReadHtml($"""<script type="application/ld+json">{script}</script>""", null).ContactHints.Single();

        Assert.That(hint, Is.EqualTo(new ContactHint("rowan@greenhands.example", "+44 20 7946 0000", "Rowan Ash", null)));
    }

    [Test]
    public void Hopelessly_broken_json_is_ignored_without_failing()
    {
        var fields = FieldsOf("""{"@type":"JobPosting","title":"Roofer" "hiring""");

        Assert.That(fields.Title, Is.Empty);
    }

    [Test]
    public void Json_that_is_not_a_job_posting_lends_no_fields()
    {
        var fields = FieldsOf("""{"@type":"Organization","name":"Roof Co","url":"https://roof.example"}""");

        Assert.That(fields, Is.EqualTo(PostingFields.Empty with { Locations = fields.Locations }));
        Assert.That(fields.Locations, Is.Empty);
    }
}
