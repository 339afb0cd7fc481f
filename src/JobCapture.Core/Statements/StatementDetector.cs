using System.Text.RegularExpressions;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Statements;

/// <summary>First cut: English phrasings of the commonest policies. The statements issue replaces this with a
/// phrase model per language.</summary>
public sealed partial class StatementDetector : IStatementDetector
{
    private static readonly (Regex Pattern, StatementKind Kind, Audience Audience)[] Rules =
    [
        (AgencyPattern(), StatementKind.NoAgencies, Audience.Agencies),
        (NoCallsPattern(), StatementKind.NoCalls, Audience.Applicants),
        (InvitesCallPattern(), StatementKind.InvitesCall, Audience.Applicants),
    ];

    public StatementFindings Detect(PageContent page)
    {
        var statements = new List<Statement>();
        foreach (var sentence in page.Sentences)
        {
            foreach (var (pattern, kind, audience) in Rules)
            {
                if (pattern.IsMatch(sentence.Text) && !(kind == StatementKind.NoCalls && IsAddressedToAgenciesOnly(sentence.Text)))
                {
                    statements.Add(new Statement(kind, audience, "en", sentence.Text, sentence.Start, sentence.End));
                }
            }
        }

        return new StatementFindings("en", statements);
    }

    private static bool IsAddressedToAgenciesOnly(string sentence) =>
        AgencyAddressee().IsMatch(sentence) && !NoCallsOrPattern().IsMatch(sentence);

    [GeneratedRegex(@"\b(recruiters?|agenc(y|ies)|headhunters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyPattern();

    [GeneratedRegex(@"^\s*(recruiters?|agenc(y|ies)|headhunters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyAddressee();

    [GeneratedRegex(@"\bno (phone )?calls or\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoCallsOrPattern();

    [GeneratedRegex(@"\b(no (phone )?calls|(do not|don't|please don't|please do not) (phone|call)|don't call us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoCallsPattern();

    [GeneratedRegex(@"^(questions\?\s*)?(call|phone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvitesCallPattern();
}
