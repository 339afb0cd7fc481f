using JobCapture.Core.Contacts;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>Contacts that live in links and structured data, read through the whole analyzer from
/// Fixtures/Contacts/contacts-in-markup.html (a page we wrote).</summary>
public class ContactsInMarkupTests
{
    private IReadOnlyList<Contact> _contacts = [];
    private string _text = "";

    [OneTimeSetUp]
    public void AnalyseThePage()
    {
        var analysis = PostingAnalyzer.CreateDefault().AnalyzeHtml(Fixtures.Read("Contacts", "contacts-in-markup.html"), "https://careers.acme.example/jobs/42");
        _contacts = analysis.Contacts;
        _text = analysis.Text;
    }

    [Test]
    public void A_mailto_link_and_its_own_text_are_one_contact_at_the_text()
    {
        var jobs = _contacts.Where(c => c.Value == "jobs@acme.example").ToList();

        Assert.That(jobs, Has.Count.EqualTo(1));
        Assert.That(_text[jobs[0].Start..jobs[0].End], Is.EqualTo("jobs@acme.example"));
        Assert.That(jobs[0].Category, Is.EqualTo(ContactCategory.Team));
    }

    [Test]
    public void A_mailto_link_loses_its_query_and_case_and_keeps_its_link_text_as_display()
    {
        var dana = _contacts.Single(c => c.Value == "dana@acme.example");

        Assert.That(dana.Display, Is.EqualTo("our hiring manager"));
        Assert.That(dana.Category, Is.EqualTo(ContactCategory.Personal));
    }

    [Test]
    public void A_tel_link_its_text_and_the_json_ld_telephone_are_one_phone_in_e164_from_the_posting_location()
    {
        var phones = _contacts.Where(c => c.Value == "+441134960555").ToList();

        Assert.That(phones, Has.Count.EqualTo(1));
        Assert.That(phones[0].Start, Is.GreaterThanOrEqualTo(0));
        Assert.That(phones[0].Name, Is.EqualTo("Priya Natarajan"));
        Assert.That(phones[0].Role, Is.EqualTo(ContactRole.Recruiter));
    }

    [Test]
    public void Cloudflare_protected_addresses_are_decoded_from_the_attribute_and_from_the_link()
    {
        Assert.That(_contacts.Select(c => c.Value), Does.Contain("jobs@acme.example").And.Contain("dana.lee@acme.example"));
        Assert.That(_contacts.Select(c => c.Display), Does.Not.Contain("[email protected]"), "the decoded address dedupes with the mailto one");
    }

    [Test]
    public void An_address_split_by_inline_markup_is_read_whole()
    {
        Assert.That(_contacts.Select(c => c.Value), Does.Contain("night.shift@acme.example"));
    }

    [Test]
    public void A_number_labelled_fax_is_a_fax()
    {
        Assert.That(_contacts.Single(c => c.Value == "+441134960999").Category, Is.EqualTo(ContactCategory.Fax));
    }

    [Test]
    public void The_json_ld_application_contact_only_in_markup_has_no_offsets_and_keeps_its_name()
    {
        var priya = _contacts.Single(c => c.Value == "priya.natarajan@acme.example");

        Assert.That((priya.Start, priya.End), Is.EqualTo((-1, -1)));
        Assert.That(priya.Name, Is.EqualTo("Priya Natarajan"));
    }

    [Test]
    public void A_no_reply_link_without_text_is_a_markup_only_no_reply_box()
    {
        var noReply = _contacts.Single(c => c.Value == "noreply@acme.example");

        Assert.That(noReply.Category, Is.EqualTo(ContactCategory.NoReply));
        Assert.That(noReply.Start, Is.EqualTo(-1));
    }

    [Test]
    public void The_hiring_team_shows_a_person_with_the_role_under_the_name_and_a_linkedin_profile()
    {
        Assert.That(_contacts.Single(c => c.Kind == ContactKind.Person && c.Value == "Dana Lee").Role, Is.EqualTo(ContactRole.HiringManager));
        var profile = _contacts.Single(c => c.Kind == ContactKind.Profile && c.Category == ContactCategory.Personal);
        Assert.That(profile.Value, Is.EqualTo("https://www.linkedin.com/in/dana-lee-acme"));
        Assert.That(profile.Name, Is.EqualTo("Dana Lee"));
    }

    [Test]
    public void The_company_page_on_linkedin_is_a_company_profile()
    {
        Assert.That(_contacts.Where(c => c.Kind == ContactKind.Profile && c.Category == ContactCategory.Company).Select(c => c.Value),
            Is.EqualTo(new List<string> { "https://www.linkedin.com/company/acme-logistics" }));
    }

    [Test]
    public void The_ats_apply_link_is_an_apply_link()
    {
        Assert.That(_contacts.Where(c => c.Kind == ContactKind.ApplyLink).Select(c => c.Value),
            Is.EqualTo(new List<string> { "https://boards.greenhouse.io/acme/jobs/4242/apply" }));
    }

    [Test]
    public void A_file_name_with_an_at_sign_is_never_an_email()
    {
        Assert.That(_contacts.Select(c => c.Value), Has.None.Contains("2x.png"));
    }

    [Test]
    public void Counts_in_the_text_are_not_phones()
    {
        Assert.That(_contacts.Count(c => c.Kind == ContactKind.Phone), Is.EqualTo(2));
    }

    [Test]
    public void The_company_domain_comes_from_a_team_address_not_from_free_mail()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CompanyDomain.FromContacts(_contacts), Is.EqualTo("acme.example"));
            Assert.That(CompanyDomain.FromEmail("dana.lee99@gmail.com"), Is.Null);
            Assert.That(CompanyDomain.FromEmail("jobs@Careers.Acme.Example"), Is.EqualTo("careers.acme.example"));
        });
    }
}
