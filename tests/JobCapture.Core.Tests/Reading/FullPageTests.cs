using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>Whole pages we wrote, each mixing signals a real posting mixes: structured data and visible text,
/// employer contacts and a job board's own, policy sentences beside duties that only look like policy.</summary>
public class FullPageTests
{
    private static readonly string[] GermanSentences =
    [
        "Wartung der Pumpwerke, z.B. Schaltanlagen bzw. Steuerungen",
        "Rufbereitschaft ca. 1 Woche im Monat",
        "Bitte bewerben Sie sich ausschließlich über unser Online-Portal.",
        "Von telefonischen Nachfragen bitten wir abzusehen.",
        "Bewerbungen per E-Mail können wir leider nicht berücksichtigen.",
    ];

    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    private PageContent Read(string page) => _reader.ReadHtml(Fixtures.Read("Pages", page), null);

    private static string[] SentencesOf(PageContent page) => [.. page.Sentences.Select(s => s.Text)];

    [Test]
    public void An_english_page_with_an_agency_prohibition_and_an_email_invitation()
    {
        var page = Read("english-agency-and-email.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.Fields.Title, Is.EqualTo("Night Shift Pharmacist"));
            Assert.That(page.Fields.Company, Is.EqualTo("Willowbrook Health"));
            Assert.That(page.Fields.Location, Is.EqualTo("Dayton, OH, US"));
            Assert.That(page.Fields.Salary, Is.EqualTo("USD 58–64 per hour"));
            Assert.That(page.Fields.EmploymentType, Is.EqualTo("Full-time"));
            Assert.That(page.Fields.JobId, Is.EqualTo("88213"));
            Assert.That(SentencesOf(page), Does.Contain("Agencies: We do not accept CVs from recruitment agencies and will not pay fees for unsolicited candidates."));
            Assert.That(SentencesOf(page), Does.Contain("Questions about the rota?"));
            Assert.That(SentencesOf(page), Does.Contain("You will counsel ward nurses, e.g. on dosing, and keep the controlled-drug register."));
            Assert.That(page.Anchors.Select(a => a.Href), Does.Contain("mailto:rota.team@willowbrook.example"));
            Assert.That(page.Text, Does.Not.Contain("help@careerdock.example").And.Not.Contain("1-800").And.Not.Contain("cookies"));
            Assert.That(page.Text.Split('\n').Count(line => line.StartsWith("Dispense and verify", StringComparison.Ordinal)), Is.EqualTo(1),
                "the structured description the page already shows is not added again");
        });
    }

    [Test]
    public void A_german_page_with_microdata_and_a_portal_only_policy()
    {
        var page = Read("german-posting.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.Fields.Title, Is.EqualTo("Elektroniker für Betriebstechnik (m/w/d)"));
            Assert.That(page.Fields.Company, Is.EqualTo("Stadtwerke Talbach GmbH"));
            Assert.That(page.Fields.Location, Is.EqualTo("Talbach"));
            Assert.That(page.Fields.DatePosted, Is.EqualTo("2026-05-04"));
            Assert.That(SentencesOf(page), Is.SupersetOf(GermanSentences));
            Assert.That(page.Text, Does.Not.Contain("Impressum").And.Not.Contain("Karriere"));
        });
    }

    [Test]
    public void A_page_whose_description_is_only_in_json_ld()
    {
        var page = Read("json-ld-only-description.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.Fields.Title, Is.EqualTo("Orchard Supervisor"));
            Assert.That(page.Fields.Company, Is.EqualTo("Appleyard Growers"));
            Assert.That(page.Fields.Location, Is.EqualTo("Hereford, GB"));
            Assert.That(page.Fields.EmploymentType, Is.EqualTo("SEASONAL"), "an unknown type is kept as stated");
            Assert.That(page.Fields.ValidThrough, Is.EqualTo("2026-08-31"));
            Assert.That(page.Fields.JobId, Is.EqualTo("AY-5521"));
            Assert.That(page.Fields.Remote, Is.Empty);
            Assert.That(page.Fields.CanonicalUrl, Is.EqualTo("https://jobs.appleyard.example/en/job/Orchard-Supervisor_AY-5521"));
            Assert.That(page.Text, Is.EqualTo("Orchard Supervisor\nRun a picking crew of twelve through the apple harvest.\n"
                + "Walk-ins are welcome at the farm office, Monday to Friday.\nOnly shortlisted applicants will be contacted."));
            Assert.That(page.Sentences.Where(s => page.Text[s.Start..s.End] != s.Text), Is.Empty);
        });
    }
}
