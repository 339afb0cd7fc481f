using System.Net;
using System.Text.RegularExpressions;
using JobCapture.Core.FollowUp;
using JobCapture.Core.Statements;
using static JobCapture.Core.Statements.StatementKind;

namespace JobCapture.Core.Tests.Statements;

/// <summary>
/// The real sentences, planted as a paragraph under the heading of real corpus pages, must be found there as they
/// are alone: the page's reading (content choice, sentence splitting, chrome left out) must not lose or blur them.
/// The held-out sentences also give the per-channel verdicts their kinds call for.
/// </summary>
public partial class PlantedSentenceTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();
    private static readonly Lazy<IReadOnlyList<string>> Hosts = new(PagesThatReadUnderTheirHeading);

    [Test]
    public void Real_sentences_planted_into_real_pages_are_found_as_they_are_alone()
    {
        var hosts = Hosts.Value;
        var planted = new LanguageScores();
        var alone = new LanguageScores();
        var sentences = DevSentences.Every;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            planted.Add(sentence.Language, sentence.Expected, KindsPlantedIn(hosts[i % hosts.Count], sentence.Text));
            alone.Add(sentence.Language, sentence.Expected, Analyzer.AnalyzeText(sentence.Text).Statements.Select(s => s.Kind).ToHashSet());
        }

        TestContext.Out.WriteLine($"{sentences.Count} sentences over {hosts.Count} pages, planted:");
        TestContext.Out.WriteLine(planted.Report());
        Assert.Multiple(() =>
        {
            Assert.That(hosts, Has.Count.GreaterThanOrEqualTo(12), "pages that read a paragraph under their heading");
            Assert.That(planted.Overall.Micro.F1, Is.GreaterThanOrEqualTo(alone.Overall.Micro.F1 - 0.02), "planted against alone");
            Assert.That(planted.Overall.Micro.F1, Is.GreaterThanOrEqualTo(0.90), "micro F1 planted");
        });
    }

    [Test]
    public void Held_out_sentences_give_the_channel_verdicts_their_kinds_call_for()
    {
        var checks = 0;
        var held = 0;
        foreach (var sentence in DevSentences.HeldOut)
        {
            var channels = Analyzer.AnalyzeText(sentence.Text).FollowUp.Channels;
            foreach (var (channel, expected) in ExpectedVerdicts(sentence.Expected))
            {
                checks++;
                held += expected.Contains(channels[channel].Verdict) ? 1 : 0;
            }
        }

        var share = (double)held / checks;
        TestContext.Out.WriteLine($"{held} of {checks} verdict checks hold ({share:P1})");
        Assert.That(share, Is.GreaterThanOrEqualTo(0.94), "a floor under what it measured (0.953), not a goal");
    }

    /// <summary>What a sentence's kinds say of each channel: a ban forbids it, an invitation (unless banned too)
    /// invites it, and nothing else may forbid the phone.</summary>
    private static IEnumerable<(Channel Channel, Verdict[] Allowed)> ExpectedVerdicts(IReadOnlySet<StatementKind> kinds)
    {
        var noContact = kinds.Contains(NoContact);
        yield return (Channel.Phone, kinds.Contains(NoCalls) || noContact ? [Verdict.Forbidden]
            : kinds.Contains(InvitesCall) ? [Verdict.Invited] : [Verdict.Allowed, Verdict.Discouraged, Verdict.Invited]);
        if (kinds.Contains(NoEmail) || noContact)
        {
            yield return (Channel.Email, [Verdict.Forbidden]);
        }
        else if (kinds.Contains(InvitesEmail))
        {
            yield return (Channel.Email, [Verdict.Invited]);
        }

        if (kinds.Contains(NoVisits) || noContact)
        {
            yield return (Channel.InPerson, [Verdict.Forbidden]);
        }
        else if (kinds.Contains(InvitesVisit))
        {
            yield return (Channel.InPerson, [Verdict.Invited]);
        }
    }

    private static HashSet<StatementKind> KindsPlantedIn(string page, string sentence)
    {
        var analysis = Analyzer.AnalyzeHtml(Plant(page, sentence));
        var start = analysis.Text.IndexOf(sentence.Trim(), StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var end = start + sentence.Trim().Length;
        return analysis.Statements.Where(s => s.Start < end && start < s.End).Select(s => s.Kind).ToHashSet();
    }

    private static string Plant(string page, string sentence)
    {
        var heading = HeadingEnd().Match(page);
        return page.Insert(heading.Index + heading.Length, $"<p>{WebUtility.HtmlEncode(sentence.Trim())}</p>");
    }

    /// <summary>Corpus pages whose reader takes a paragraph placed under the page's heading (not those whose posting
    /// text comes from structured data or a board's own block elsewhere, nor results pages).</summary>
    private static List<string> PagesThatReadUnderTheirHeading()
    {
        const string probe = "Planted probe sentence for the reader.";
        return CorpusPages.FileNames()
            .Select(CorpusPages.Read)
            .Where(page => HeadingEnd().IsMatch(page) && Analyzer.AnalyzeHtml(Plant(page, probe)).Text.Contains(probe, StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex(@"</h1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingEnd();
}
