using System.Diagnostics;
using System.Text;
using JobCapture.Core.Reading;
using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

public class StatementDetectorTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    [Test]
    public void A_statement_points_at_its_sentence_in_the_analysed_text()
    {
        const string text = "We are hiring a baker.\nNo phone calls, please. Apply online.";

        var analysis = Analyzer.AnalyzeText(text);

        var statement = analysis.Statements.Single(s => s.Kind == StatementKind.NoCalls);
        Assert.Multiple(() =>
        {
            Assert.That(statement.Text, Is.EqualTo("No phone calls, please."));
            Assert.That(statement.Start, Is.EqualTo(text.IndexOf("No phone", StringComparison.Ordinal)));
            Assert.That(text[statement.Start..statement.End], Is.EqualTo(statement.Text));
        });
    }

    [Test]
    public void A_sentence_cut_after_an_abbreviation_is_read_whole_and_keeps_exact_offsets()
    {
        const string text = "Für Rückfragen steht Ihnen Frau Keller unter Tel. 030 1234567 zur Verfügung.";

        var statement = Analyzer.AnalyzeText(text).Statements.Single();

        Assert.Multiple(() =>
        {
            Assert.That(statement.Kind, Is.EqualTo(StatementKind.InvitesCall));
            Assert.That((statement.Start, statement.End), Is.EqualTo((0, text.Length)));
            Assert.That(statement.Text, Is.EqualTo(text));
        });
    }

    [TestCase("For questions phone No. 0803 555 0199 any weekday.", "For questions phone No. 0803 555 0199 any weekday.")]
    [TestCase("Calls? No. Walk-ins are welcome at 12 Main Street.", "Walk-ins are welcome at 12 Main Street.")]
    public void No_abbreviates_only_before_a_number(string text, string sentence)
    {
        var statement = Analyzer.AnalyzeText(text).Statements.Single();

        Assert.That(statement.Text, Is.EqualTo(sentence));
    }

    [Test]
    public void Agencies_are_the_audience_of_no_agencies_and_applicants_of_everything_else()
    {
        var statements = Analyzer.AnalyzeText("No phone calls or agencies, please.").Statements;

        Assert.Multiple(() =>
        {
            Assert.That(statements.Single(s => s.Kind == StatementKind.NoAgencies).Audience, Is.EqualTo(Audience.Agencies));
            Assert.That(statements.Single(s => s.Kind == StatementKind.NoCalls).Audience, Is.EqualTo(Audience.Applicants));
        });
    }

    [TestCase("Recruiters, please do not call us about this role.")]
    [TestCase("Anrufe von Personalvermittlern sind unerwünscht.")]
    [TestCase("Les cabinets de recrutement sont priés de ne pas appeler.")]
    [TestCase("Agencias: por favor, no llamar.")]
    [TestCase("Wervingsbureaus worden verzocht niet te bellen.")]
    public void A_call_ban_addressed_to_agencies_never_forbids_applicants_to_call(string sentence)
    {
        var statements = Analyzer.AnalyzeText(sentence).Statements;

        Assert.That(statements.Select(s => s.Kind), Is.EquivalentTo(new[] { StatementKind.NoAgencies }));
    }

    [TestCase("Please don't phone; send questions to jobs@acme.example.", new[] { StatementKind.NoCalls, StatementKind.InvitesEmail })]
    [TestCase("No phone calls or agencies, please.", new[] { StatementKind.NoCalls, StatementKind.NoAgencies })]
    [TestCase("Please do not call or email the clinic.", new[] { StatementKind.NoCalls, StatementKind.NoEmail })]
    [TestCase("We do not accept applications by email.", new[] { StatementKind.NoEmail, StatementKind.ApplyChannelOnly })]
    public void One_sentence_can_state_several_kinds(string sentence, StatementKind[] expected)
    {
        var kinds = Analyzer.AnalyzeText(sentence).Statements.Select(s => s.Kind);

        Assert.That(kinds, Is.EquivalentTo(expected));
    }

    [TestCase("Keine Anrufe, bitte.", "de")]
    [TestCase("Bitte sehen Sie von telefonischen Rückfragen ab.", "de")]
    [TestCase("Merci de ne pas appeler.", "fr")]
    [TestCase("No se aceptan llamadas.", "es")]
    [TestCase("Bellen wordt niet op prijs gesteld.", "nl")]
    [TestCase("Please do not call the office.", "en")]
    [TestCase("No dude en llamarnos.", "es")]
    [TestCase("Bel gerust.", "nl")]
    public void A_single_short_sentence_is_recognised_in_its_language(string sentence, string language)
    {
        var analysis = Analyzer.AnalyzeText(sentence);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Language, Is.EqualTo(language));
            Assert.That(analysis.Statements.Select(s => s.Language), Is.Not.Empty.And.All.EqualTo(language));
        });
    }

    [Test]
    public void The_posting_language_follows_the_bulk_of_its_text()
    {
        const string text = "Wir suchen eine engagierte Pflegekraft für unser Team in Köln. Sie arbeiten im Schichtdienst und " +
            "betreuen unsere Bewohner. Bitte keine Anrufe. If you have any questions, please email jobs@pflege.example.";

        var analysis = Analyzer.AnalyzeText(text);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Language, Is.EqualTo("de"));
            Assert.That(analysis.Statements.Single(s => s.Kind == StatementKind.InvitesEmail).Language, Is.EqualTo("en"));
        });
    }

    [TestCase("🚫📞 NO PHONE CALLS!!! 🚫")]
    [TestCase("• • No phone calls, please •")]
    [TestCase("*** please   DON’T   call ***")]
    public void Capitals_emoji_bullets_and_curly_apostrophes_do_not_hide_a_statement(string sentence)
    {
        var kinds = Analyzer.AnalyzeText(sentence).Statements.Select(s => s.Kind);

        Assert.That(kinds, Is.EquivalentTo(new[] { StatementKind.NoCalls }));
    }

    [Test]
    public void Detection_over_a_long_text_is_linear()
    {
        var detector = new StatementDetector();

        Assert.Multiple(() =>
        {
            Assert.That(detector.Detect(PageOf(400_000)).Statements, Has.Count.GreaterThan(100));
            Assert.That(Growth.EightfoldInputSlowdown(PageOf, page => detector.Detect(page), 50_000), Is.LessThan(Growth.LinearBound));
        });
    }

    private static PageContent PageOf(int length)
    {
        string[] lines =
        [
            "You will make outbound calls and answer customer emails every day, without exception, for the whole shift.",
            "No phone calls, please; recruiters and agencies need not apply.",
            "Für Rückfragen steht Ihnen Frau Keller unter Tel. 030 1234567 zur Verfügung.",
            "Seuls les candidats retenus seront contactés.",
            "Wir bieten ein attraktives Gehalt, flexible Arbeitszeiten und ein tolles Team in der Innenstadt.",
        ];
        var text = new StringBuilder(length + 200);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(lines[i % lines.Length]).Append(i % 3 == 0 ? '\n' : ' ');
        }

        var content = text.ToString();
        return new PageContent { Text = content, Sentences = SentenceSplitter.Split(content) };
    }
}
