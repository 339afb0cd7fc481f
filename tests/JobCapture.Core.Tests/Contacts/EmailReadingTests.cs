using JobCapture.Core.Contacts;

namespace JobCapture.Core.Tests.Contacts;

public class EmailReadingTests
{
    private readonly PostingAnalyzer _analyzer = PostingAnalyzer.CreateDefault();

    [TestCase("jobs@acme.example", ContactCategory.Team)]
    [TestCase("Karriere@acme.example", ContactCategory.Team)]
    [TestCase("talent-acquisition@acme.example", ContactCategory.Team)]
    [TestCase("rh@societe.example", ContactCategory.Team)]
    [TestCase("vacatures@bedrijf.example", ContactCategory.Team)]
    [TestCase("dana.lee@acme.example", ContactCategory.Personal)]
    [TestCase("no-reply@acme.example", ContactCategory.NoReply)]
    [TestCase("donotreply@acme.example", ContactCategory.NoReply)]
    [TestCase("noreply.jobs@acme.example", ContactCategory.NoReply)]
    [TestCase("press@acme.example", ContactCategory.OtherPurpose)]
    [TestCase("datenschutz@klinik.example", ContactCategory.OtherPurpose)]
    [TestCase("privacy.office@acme.example", ContactCategory.OtherPurpose)]
    [TestCase("mediajobs@acme.example", ContactCategory.Personal)]
    public void An_address_is_classified_by_its_local_part(string address, ContactCategory expected)
    {
        Assert.That(_analyzer.AnalyzeText($"Write to {address}.").Contacts.Single().Category, Is.EqualTo(expected));
    }

    [TestCase("Email jobs@acme.example.", "jobs@acme.example")]
    [TestCase("Email (jobs@acme.example);", "jobs@acme.example")]
    [TestCase("Email 'jobs@acme.example',", "jobs@acme.example")]
    public void Trailing_punctuation_never_joins_the_address(string text, string expected)
    {
        var email = _analyzer.AnalyzeText(text).Contacts.Single();

        Assert.That(email.Value, Is.EqualTo(expected));
        Assert.That(text[email.Start..email.End], Is.EqualTo(expected));
    }

    [TestCase("https://deploy:secret@git.acme.example/repo.git")]
    [TestCase("ftp://anonymous@files.acme.example/")]
    [TestCase("Our brand kit: logo@2x.png, banner@3x.jpg")]
    [TestCase("Meet us at the fair, Acme dot com booth.")]
    public void Url_user_parts_file_names_and_ordinary_words_are_not_addresses(string text)
    {
        Assert.That(_analyzer.AnalyzeText(text).Contacts, Is.Empty);
    }

    [Test]
    public void The_same_address_written_twice_is_one_contact_at_its_first_place()
    {
        var contacts = _analyzer.AnalyzeText("Email jobs@acme.example. Again: JOBS@acme.example").Contacts;

        Assert.That(contacts, Has.Count.EqualTo(1));
        Assert.That(contacts[0].Start, Is.EqualTo(6));
    }
}
