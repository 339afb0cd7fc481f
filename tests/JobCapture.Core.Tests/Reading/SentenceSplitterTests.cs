using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

public class SentenceSplitterTests
{
    // Each case: the text, then its sentences separated by " ‖ ".
    [TestCase("We bake bread. You sell it! Any questions? Ask.", "We bake bread. ‖ You sell it! ‖ Any questions? ‖ Ask.")]
    [TestCase("Bring tools, e.g. a level and a saw. We supply the rest.", "Bring tools, e.g. a level and a saw. ‖ We supply the rest.")]
    [TestCase("Report to Dr. Okafor and Mrs. Lind at St. Mary's. Start Monday.", "Report to Dr. Okafor and Mrs. Lind at St. Mary's. ‖ Start Monday.")]
    [TestCase("Only U.S. citizens may apply. Thanks.", "Only U.S. citizens may apply. ‖ Thanks.")]
    [TestCase("Werkzeug, z.B. Hammer bzw. Zange, bringen Sie mit. Danke.", "Werkzeug, z.B. Hammer bzw. Zange, bringen Sie mit. ‖ Danke.")]
    [TestCase("Salary is 3.5 times the base. Really.", "Salary is 3.5 times the base. ‖ Really.")]
    [TestCase("Mail jobs@acme.example. Or visit acme.example/careers today.", "Mail jobs@acme.example. ‖ Or visit acme.example/careers today.")]
    [TestCase("We wait... Then we call. Wait… Then go.", "We wait... ‖ Then we call. ‖ Wait… ‖ Then go.")]
    [TestCase("Perks • Free lunch • Gym", "Perks ‖ Free lunch ‖ Gym")]
    [TestCase("- No agencies please. - Apply online.", "No agencies please. ‖ Apply online.")]
    [TestCase("She said \"No calls.\" Then she left.", "She said \"No calls.\" ‖ Then she left.")]
    [TestCase("Ask for Ref. No. 4471 at the desk. Bye.", "Ask for Ref. No. 4471 at the desk. ‖ Bye.")]
    [TestCase("Apply with J. Smith in HR. Today.", "Apply with J. Smith in HR. ‖ Today.")]
    [TestCase("1. Send your CV\n2. Wait for our reply", "1. Send your CV ‖ 2. Wait for our reply")]
    [TestCase("Acme Inc. Is hiring. Acme Inc. is great.", "Acme Inc. ‖ Is hiring. ‖ Acme Inc. is great.")]
    [TestCase("Tools, parts, etc. You will also drive.", "Tools, parts, etc. ‖ You will also drive.")]
    [TestCase("First line without stop\nSecond line.", "First line without stop ‖ Second line.")]
    [TestCase("欢迎投递。请勿来电！谢谢", "欢迎投递。 ‖ 请勿来电！ ‖ 谢谢")]
    [TestCase("Bitte keine Anrufe, d.h. nur per E-Mail. Danke!", "Bitte keine Anrufe, d.h. nur per E-Mail. ‖ Danke!")]
    [TestCase("Pas d'appels, p.ex. au standard. Merci.", "Pas d'appels, p.ex. au standard. ‖ Merci.")]
    [TestCase("Wij bellen niet, bijv. na 17 uur. Bedankt.", "Wij bellen niet, bijv. na 17 uur. ‖ Bedankt.")]
    [TestCase("Unterlagen bitte bis 30. Juni an jobs@acme.example senden. Danke.", "Unterlagen bitte bis 30. Juni an jobs@acme.example senden. ‖ Danke.")]
    [TestCase("Wir suchen ab 1. März. Bewerbung an jobs@acme.example.", "Wir suchen ab 1. März. ‖ Bewerbung an jobs@acme.example.")]
    [TestCase("Start am 1. Okt. oder später. Danke.", "Start am 1. Okt. oder später. ‖ Danke.")]
    [TestCase("Wir sind 30. Danke fürs Lesen.", "Wir sind 30. ‖ Danke fürs Lesen.")]
    public void Text_is_cut_into_sentences(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.That(string.Join(" ‖ ", sentences.Select(s => s.Text)), Is.EqualTo(expected));
        Assert.That(sentences.Where(s => text[s.Start..s.End] != s.Text), Is.Empty);
    }

    [Test]
    public void Empty_and_blank_text_has_no_sentences()
    {
        Assert.That(SentenceSplitter.Split(""), Is.Empty);
        Assert.That(SentenceSplitter.Split(" \n \n"), Is.Empty);
    }
}
