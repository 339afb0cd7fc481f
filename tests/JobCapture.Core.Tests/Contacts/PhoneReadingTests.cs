using JobCapture.Core.Contacts;
using JobCapture.Core.Postings;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>Where the country of a national number comes from, and what a number's neighbours say about it.</summary>
public class PhoneReadingTests
{
    [TestCase("Tel. 030 12345678", "Berlin, Germany", "en", "US", "+493012345678")]
    [TestCase("Tel. 030 12345678", "", "de", "US", "+493012345678")]
    [TestCase("Call 0113 496 0123", "", "en", "GB", "+441134960123")]
    [TestCase("Call (555) 010-2234", "", "en", "US", "+15550102234")]
    [TestCase("Call (555) 010-2234", "Paris, France", "fr", "US", "+15550102234")]
    [TestCase("Bel 020 1234567", "Amsterdam, Netherlands", "en", "US", "+31201234567")]
    [TestCase("Llame al 912 345 678", "", "es", "US", "+34912345678")]
    [TestCase("Tel: +49 (0) 211 87724111", "London, United Kingdom", "en", "GB", "+4921187724111")]
    public void A_national_number_is_read_in_the_country_of_the_location_then_language_then_default_region(
        string text, string location, string language, string defaultRegion, string expected)
    {
        var finder = new ContactFinder(new AnalyzerOptions { DefaultRegion = defaultRegion });
        var page = new PageContent { Text = text, Sentences = [], Fields = new PostingFields { Location = location } };

        Assert.That(finder.Find(page, language).Single(c => c.Kind == ContactKind.Phone).Value, Is.EqualTo(expected));
    }

    [Test]
    public void A_number_in_a_page_of_another_script_stays_as_written_when_no_plan_claims_it()
    {
        var finder = new ContactFinder(AnalyzerOptions.CreateDefault());
        var page = new PageContent { Text = "채용 담당 연락처 전화 063-240-2422 팩스 050-3470-0302", Sentences = [] };

        var phones = finder.Find(page, "other").Where(c => c.Kind == ContactKind.Phone).ToList();

        Assert.That(phones.Select(p => p.Value), Is.EqualTo(new List<string> { "0632402422", "05034700302" }));
        Assert.That(phones.Select(p => p.Category), Is.EqualTo(new List<ContactCategory?> { null, ContactCategory.Fax }));
    }

    [TestCase("WhatsApp: +34 612 345 678", ContactCategory.WhatsApp)]
    [TestCase("Message us on +34 612 345 678 (WhatsApp)", ContactCategory.WhatsApp)]
    [TestCase("Stuur een appje naar +31 6 12345678", ContactCategory.WhatsApp)]
    [TestCase("Escríbenos al wasap +34 612 345 678", ContactCategory.WhatsApp)]
    [TestCase("Fax: (312) 555-0199", ContactCategory.Fax)]
    [TestCase("Telefax 0211 1234567", ContactCategory.Fax)]
    public void The_words_around_a_number_say_whether_it_is_whatsapp_or_fax(string text, ContactCategory expected)
    {
        var phone = PostingAnalyzer.CreateDefault().AnalyzeText(text).Contacts.Single();

        Assert.That(phone.Category, Is.EqualTo(expected));
    }

    [TestCase("Tel./Fax: 0211 1234567")]
    [TestCase("Phone: (312) 555-0100")]
    [TestCase("Happen to be near? Call +31 6 12345678")]
    public void A_number_labelled_as_phone_or_as_both_is_a_plain_phone(string text)
    {
        Assert.That(PostingAnalyzer.CreateDefault().AnalyzeText(text).Contacts.Single().Category, Is.Null);
    }

    [TestCase("Call (312) 555-0188 ext. 204", "+13125550188", "204")]
    [TestCase("Tel. +49 211 1234567, Durchwahl 12", "+492111234567", "12")]
    [TestCase("Phone 312-555-0188 x12", "+13125550188", "12")]
    public void An_extension_is_kept_apart_from_the_number(string text, string number, string extension)
    {
        var phone = PostingAnalyzer.CreateDefault().AnalyzeText(text).Contacts.Single();

        Assert.That((phone.Value, phone.Extension), Is.EqualTo((number, extension)));
        Assert.That(text[phone.Start..phone.End], Does.EndWith(extension));
    }

    [Test]
    public void Vanity_letters_are_dialled_as_digits_and_the_display_keeps_the_letters()
    {
        var phone = PostingAnalyzer.CreateDefault().AnalyzeText("Questions? Call 844-242-HR4U today.").Contacts.Single();

        Assert.That((phone.Value, phone.Display), Is.EqualTo(("+18442424748", "844-242-HR4U")));
    }

    [Test]
    public void A_name_before_the_number_is_attached_to_it()
    {
        var contacts = PostingAnalyzer.CreateDefault().AnalyzeText("Questions? Call Dana on (555) 010-2234.").Contacts;

        Assert.That(contacts.Single(c => c.Kind == ContactKind.Phone).Name, Is.EqualTo("Dana"));
    }
}
