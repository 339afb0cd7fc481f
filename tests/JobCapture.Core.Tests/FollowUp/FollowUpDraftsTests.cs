using JobCapture.Core.Contacts;
using JobCapture.Core.FollowUp;
using JobCapture.Core.Statements;
using static JobCapture.Core.Statements.StatementKind;
using static JobCapture.Core.Tests.FollowUp.Given;

namespace JobCapture.Core.Tests.FollowUp;

public class FollowUpDraftsTests
{
    private static readonly string[] MailtoParts = ["subject", "body"];

    private static IEnumerable<TestCaseData> Prohibitions()
    {
        yield return new TestCaseData(NoCalls, Channel.Phone).SetName("No call outline when calls are forbidden");
        yield return new TestCaseData(NoEmail, Channel.Email).SetName("No email draft when email is forbidden");
        yield return new TestCaseData(NoVisits, Channel.InPerson).SetName("No visit outline when visits are forbidden, even in a walk-in trade");
        yield return new TestCaseData(NoContact, Channel.LinkedIn).SetName("No LinkedIn note when no contact is wanted");
    }

    [TestCaseSource(nameof(Prohibitions))]
    public void Never_a_draft_for_a_forbidden_channel(StatementKind prohibition, Channel channel)
    {
        // Everything else invites or allows that channel, so only the prohibition can keep its draft out.
        var facts = Facts(
            [Says(InvitesCall), Says(InvitesEmail), Says(InvitesVisit), Says(prohibition)],
            [Phone(), Email("dana@acme.example"), Person("Dana Lee")],
            title: "Barista");

        var advice = Advice(facts);

        Assert.Multiple(() =>
        {
            Assert.That(advice.Channels[channel].Verdict, Is.EqualTo(Verdict.Forbidden));
            Assert.That(advice.Drafts.Select(d => d.Channel), Does.Not.Contain(channel));
            Assert.That(FollowUpPlanner.Drafts(facts, advice.Channels, new DateOnly(2026, 11, 23)).Select(d => d.Channel), Does.Not.Contain(channel));
        });
    }

    [Test]
    public void When_no_contact_is_wanted_the_only_draft_is_the_note_to_someone_inside()
    {
        var advice = Advice(Facts([Says(NoContact)], [Phone(), Email("dana@acme.example")], title: "Cashier"));

        Assert.That(advice.Drafts.Select(d => d.Channel), Is.EqualTo(new[] { Channel.Referral }));
    }

    [Test]
    public void A_discouraged_channel_gets_no_draft()
    {
        var advice = Advice(Facts(title: "Data Engineer"));

        Assert.That(advice.Drafts.Select(d => d.Channel), Is.EqualTo(new[] { Channel.LinkedIn, Channel.Referral }));
    }

    [Test]
    public void The_email_confirms_receipt_asks_if_the_role_is_open_and_how_the_process_runs_and_gives_one_reason()
    {
        var facts = Facts(contacts: [Email("dana@acme.example", ContactCategory.Personal, "Dana Lee")], title: "Warehouse Team Lead", company: "Acme");

        var email = FollowUpPlanner.Drafts(facts, Advice(facts).Channels, new DateOnly(2026, 11, 23)).Single(d => d.Channel == Channel.Email);

        Assert.Multiple(() =>
        {
            Assert.That(email.To, Is.EqualTo("dana@acme.example"));
            Assert.That(email.Subject, Is.EqualTo("Following up on my application: Warehouse Team Lead"));
            Assert.That(email.Body, Does.StartWith("Dear Dana Lee,"));
            Assert.That(email.Body, Does.Contain("the Warehouse Team Lead role at Acme on Mon 23 Nov"));
            Assert.That(email.Body, Does.Contain("reached you"));
            Assert.That(email.Body, Does.Contain("still open").And.Contain("process"));
            Assert.That(email.Body, Does.Contain("one concrete reason"));
        });
    }

    [Test]
    public void The_mailto_link_escapes_subject_and_body_and_decodes_back_to_them()
    {
        var facts = Facts(contacts: [Email("jobs+r&d@acme.example")], title: "R&D Lead? C# + Ünïcode 100%");

        var email = Advice(facts).Drafts.Single(d => d.Channel == Channel.Email);
        var (address, query) = SplitMailto(email.Link!);

        Assert.Multiple(() =>
        {
            Assert.That(email.Link, Does.StartWith("mailto:jobs%2Br%26d@acme.example?subject="));
            Assert.That(email.Link, Does.Not.Contain(" ").And.Not.Contain("#").And.Not.Contain("\n"));
            Assert.That(query.Keys, Is.EquivalentTo(MailtoParts));
            Assert.That(Uri.UnescapeDataString(address), Is.EqualTo("jobs+r&d@acme.example"));
            Assert.That(query["subject"], Is.EqualTo(email.Subject));
            Assert.That(query["body"], Is.EqualTo(email.Body.Replace("\n", "\r\n", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void An_invited_call_gets_an_outline_that_ends_in_listening_once_and_a_tel_link()
    {
        var call = Advice(Facts([Says(InvitesCall)], [Phone()])).Drafts.Single(d => d.Channel == Channel.Phone);

        Assert.Multiple(() =>
        {
            Assert.That(call.Link, Is.EqualTo("tel:+15550102234"));
            Assert.That(call.To, Is.EqualTo("(555) 010-2234"));
            Assert.That(call.Outline, Has.Some.Contains("confirm your application arrived"));
            Assert.That(call.Outline, Has.Some.Contains("still open").And.Some.Contains("process"));
            Assert.That(call.Outline, Has.Some.Contains("listen"));
            Assert.That(call.Outline[^1], Does.StartWith("Call once."));
        });
    }

    [Test]
    public void A_sales_role_without_a_number_gets_a_call_outline_without_a_link()
    {
        var call = Advice(Facts(title: "Account Executive")).Drafts.Single(d => d.Channel == Channel.Phone);

        Assert.That(call.Link, Is.Null);
    }

    [Test]
    public void The_LinkedIn_note_greets_the_person_the_posting_shows_and_stays_short()
    {
        var note = Advice(Facts(contacts: [Person("Dana Lee")], title: "Data Engineer")).Drafts.Single(d => d.Channel == Channel.LinkedIn);

        Assert.Multiple(() =>
        {
            Assert.That(note.Body, Does.StartWith("Hi Dana Lee,"));
            Assert.That(note.Body, Has.Length.LessThanOrEqualTo(300));
        });
    }

    private static (string Address, Dictionary<string, string> Query) SplitMailto(string link)
    {
        var rest = link["mailto:".Length..];
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        var query = rest[(question + 1)..].Split('&')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]));
        return (rest[..question], query);
    }
}
