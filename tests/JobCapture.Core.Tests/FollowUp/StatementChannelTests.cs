using JobCapture.Core.FollowUp;
using JobCapture.Core.Statements;
using JobCapture.Core.Tests.Statements;
using static JobCapture.Core.Statements.StatementKind;

namespace JobCapture.Core.Tests.FollowUp;

/// <summary>
/// Every sentence of the statement tables, analysed alone as `analyze --text --per-line` does, gives the channel
/// verdicts its kinds call for: a ban on calls to applicants forbids the phone, an agencies-only ban never does, and
/// an invitation to call, email or visit makes that channel invited unless the same sentence forbids it.
/// </summary>
public class StatementChannelTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    private static readonly (StatementKind Invitation, Channel Channel, StatementKind[] Bans)[] Invitations =
    [
        (InvitesCall, Channel.Phone, [NoCalls, NoContact]),
        (InvitesEmail, Channel.Email, [NoEmail, NoContact]),
        (InvitesVisit, Channel.InPerson, [NoVisits, NoContact]),
    ];

    public static IEnumerable<StatementCase> Cases() =>
        StatementTable.Read("statement-sentences.tsv");

    [TestCaseSource(nameof(Cases))]
    public void The_sentence_gives_the_channel_verdicts_its_kinds_call_for(StatementCase line)
    {
        var channels = Analyzer.AnalyzeText(line.Sentence).FollowUp.Channels;
        var kinds = line.Expected;

        Assert.Multiple(() =>
        {
            if (kinds.Contains(NoCalls) || kinds.Contains(NoContact))
            {
                Assert.That(channels.Phone.Verdict, Is.EqualTo(Verdict.Forbidden), "a ban on calls forbids the phone");
            }
            else
            {
                Assert.That(channels.Phone.Verdict, Is.Not.EqualTo(Verdict.Forbidden), "nothing here forbids calls to applicants");
            }

            foreach (var (invitation, channel, bans) in Invitations)
            {
                if (kinds.Contains(invitation) && !bans.Any(kinds.Contains))
                {
                    Assert.That(channels[channel].Verdict, Is.EqualTo(Verdict.Invited), $"{invitation} invites {channel}");
                }
            }
        });
    }
}
