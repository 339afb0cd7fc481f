using JobCapture.Core.Reading;

namespace JobCapture.Core.Statements;

/// <summary>
/// Finds contact-policy statements sentence by sentence with the phrase model of Data/Statements: rule patterns
/// propose kinds, exclusions (duties, process notes) veto overlapping matches, a negation shortly before an
/// invitation cancels it, and a prohibition addressed to recruiters or agencies becomes NoAgencies.
/// </summary>
public sealed class StatementDetector : IStatementDetector
{
    private const int NegationReach = 4;
    private const int TrailingNegationReach = 6;
    private const int MaxLeadInWords = 3;

    private readonly StatementModel _model;
    private readonly LanguageDetector _languages;
    private readonly ChannelClauses _channelClauses;

    public StatementDetector()
        : this(StatementModel.Default)
    {
    }

    internal StatementDetector(StatementModel model)
    {
        _model = model;
        _languages = new LanguageDetector(model.Languages);
        _channelClauses = new ChannelClauses(model);
    }

    public StatementFindings Detect(PageContent page, CancellationToken cancellationToken = default)
    {
        var totals = new int[_model.Languages.Count];
        var found = new List<Finding>();
        // Reused sentence after sentence: a page has thousands, and most state nothing.
        var tokens = new TokenList();
        var scores = new int[_model.Languages.Count];
        string[]? leadIn = null;
        foreach (var sentence in SentencesOf(page))
        {
            cancellationToken.ThrowIfCancellationRequested();
            _model.Tokenize(sentence.Text, tokens);
            _languages.Score(tokens.Words, scores);
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += scores[i];
            }

            var sentenceLanguage = _languages.Decide(scores)?.Code;
            foreach (var (kind, ruleLanguages) in ClassifyAfter(leadIn, tokens.Words))
            {
                found.Add(new Finding(kind, sentence, sentenceLanguage, ruleLanguages, [.. scores]));
            }

            leadIn = LeadInWords(sentence.Text, tokens.Words);
        }

        // A sentence too short to tell ("Email jobs@acme.example") takes the page's language if that language's data
        // found it, else the likeliest language whose data did.
        var knownLanguage = _languages.Decide(totals)?.Code ?? LanguageOfFindings(found);
        var pageLanguage = knownLanguage ?? LanguageDetector.Fallback;
        var statements = found.Select(f => new Statement(
            f.Kind,
            f.Kind == StatementKind.NoAgencies ? Audience.Agencies : Audience.Applicants,
            f.Language ?? (knownLanguage is not null && f.RuleLanguages.Contains(knownLanguage) ? knownLanguage : _languages.MostLikely(f.RuleLanguages, f.Scores)),
            f.Sentence.Text,
            f.Sentence.Start,
            f.Sentence.End)).ToList();
        return new StatementFindings(pageLanguage, statements);
    }

    /// <summary>
    /// The kinds a sentence states; when it states none alone, read it joined to its lead-in ("Questions? 555-0142",
    /// "Apply: jobs@acme.example"): a short label clause and the value it introduces may arrive as two sentences, or
    /// as two clauses of one.
    /// </summary>
    private List<(StatementKind Kind, IReadOnlySet<string> Languages)> ClassifyAfter(string[]? leadIn, List<string> tokens)
    {
        var alone = Classify(tokens).ToList();
        if (alone.Count > 0)
        {
            return alone;
        }

        if (leadIn is not null)
        {
            return [.. Classify([.. leadIn, TextNormalizer.SoftBoundary, .. tokens])];
        }

        var labelEnd = tokens.IndexOf(TextNormalizer.HardBoundary);
        if (labelEnd is > 0 and <= MaxLeadInWords && labelEnd + 1 < tokens.Count && !tokens.Take(labelEnd).Any(TextNormalizer.IsBoundary))
        {
            return [.. Classify([.. tokens[..labelEnd], TextNormalizer.SoftBoundary, .. tokens[(labelEnd + 1)..]])];
        }

        return alone;
    }

    /// <summary>The words of a short label sentence ("Questions?", "Apply:", "Meer info:"), or null for any other.</summary>
    private static string[]? LeadInWords(string sentence, List<string> tokens)
    {
        var text = sentence.AsSpan().TrimEnd();
        if (text.IsEmpty || text[^1] is not ('?' or ':') || tokens.Count > 2 * MaxLeadInWords)
        {
            return null;
        }

        var words = tokens.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
        return words.Length is > 0 and <= MaxLeadInWords ? words : null;
    }

    /// <summary>The kinds one sentence states, each with the languages whose data found it, in kind order.</summary>
    internal IEnumerable<(StatementKind Kind, IReadOnlySet<string> Languages)> Classify(IReadOnlyList<string> tokens)
    {
        var matches = _model.FindRuleMatches(tokens);
        if (matches.Count == 0 && !tokens.Contains(TextNormalizer.EmailToken) && !tokens.Contains(TextNormalizer.PhoneToken))
        {
            // Most sentences state nothing: skip the exclusions and the bookkeeping.
            return [];
        }

        var excluded = ExclusionCover.Of(_model.FindExclusions(tokens), tokens.Count);
        var accepted = new List<(StatementKind Kind, RuleMatch Match)>();
        var contactInvitations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            // A rule without kinds invites contact without naming a channel ("for more information, contact …"): the
            // addresses and numbers the sentence gives name the channels.
            if (match.Rule.Kinds.Length == 0 && !excluded.CoversAny(match.Start, match.End) && !IsNegated(tokens, match))
            {
                contactInvitations.Add(match.Rule.Language);
            }

            foreach (var kind in match.Rule.Kinds)
            {
                if (excluded.Covers(kind, match.Start, match.End) || (IsInvitation(kind) && IsNegated(tokens, match)))
                {
                    continue;
                }

                if (kind == StatementKind.NoAgencies && NamesOnlyTheEmployersOwn(tokens, match))
                {
                    continue;
                }

                if (IsApplicantProhibition(kind) && kind != StatementKind.ApplyChannelOnly && _model.ClauseNamesOthersOnly(tokens, match.Start, match.End))
                {
                    continue;
                }

                accepted.Add((IsApplicantProhibition(kind) && IsAddressedToAgencies(tokens, match) ? StatementKind.NoAgencies : kind, match));
            }
        }

        var found = new SortedDictionary<StatementKind, HashSet<string>>();
        foreach (var (kind, match) in accepted)
        {
            if (!found.TryGetValue(kind, out var languages))
            {
                found[kind] = languages = [];
            }

            languages.Add(match.Rule.Language);
        }

        // Replaced kinds go before the channels are extended too: "jsuda@… (no phone enquiries please)" is a refusal of
        // calls, which replaces the refusal of all contact that would otherwise keep the address from being invited.
        var replaced = accepted.SelectMany(a => a.Match.Rule.Replaces).ToHashSet();
        foreach (var kind in replaced)
        {
            found.Remove(kind);
        }

        _channelClauses.Extend(tokens, accepted, excluded, contactInvitations, found);
        if (_model.AddressesOthersOnly(tokens))
        {
            foreach (var kind in found.Keys.Where(IsInvitation).ToList())
            {
                found.Remove(kind);
            }
        }

        return found.Where(pair => !replaced.Contains(pair.Key)).Select(pair => (pair.Key, (IReadOnlySet<string>)pair.Value));
    }

    /// <summary>When the stopwords cannot tell ("No dude en llamarnos"), the language whose phrase data found the
    /// statements, if they agree on one.</summary>
    private static string? LanguageOfFindings(List<Finding> found)
    {
        var languages = found.Select(f => f.Language).OfType<string>()
            .Concat(found.Where(f => f.Language is null && f.RuleLanguages.Count == 1).SelectMany(f => f.RuleLanguages))
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return languages.Count == 1 ? languages[0] : null;
    }

    private static bool IsInvitation(StatementKind kind) =>
        kind is StatementKind.InvitesCall or StatementKind.InvitesEmail or StatementKind.InvitesVisit;

    /// <summary>The refusals whose audience decides their kind: told to agencies, each is NoAgencies ("To all agencies:
    /// please do not forward resumes to our employees" names no channel applicants must use).</summary>
    private static bool IsApplicantProhibition(StatementKind kind) =>
        kind is StatementKind.NoCalls or StatementKind.NoContact or StatementKind.NoEmail or StatementKind.NoVisits or StatementKind.ApplyChannelOnly;

    /// <summary>"Do not send your CV to …", "walk-ins will not be accepted": a negation shortly before or inside an
    /// invitation, within its clause, cancels it.</summary>
    private bool IsNegated(IReadOnlyList<string> tokens, RuleMatch match)
    {
        var language = _model.Languages.First(l => l.Code == match.Rule.Language);
        var cues = language.NegationCues;
        for (var i = match.Start; i < match.End; i++)
        {
            if (cues.Contains(tokens[i]))
            {
                return true;
            }
        }

        for (var i = match.End; i < tokens.Count && i < match.End + TrailingNegationReach && !TextNormalizer.IsBoundary(tokens[i]); i++)
        {
            if (language.TrailingNegationCues.Contains(tokens[i]) ||
                (language.ClauseFinalNegationCues.Contains(tokens[i]) && (i + 1 == tokens.Count || TextNormalizer.IsBoundary(tokens[i + 1]))))
            {
                return true;
            }
        }

        for (var i = match.Start - 1; i >= 0 && i >= match.Start - NegationReach; i--)
        {
            if (TextNormalizer.IsBoundary(tokens[i]))
            {
                return false;
            }

            if (cues.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Recruiters, please do not call": an uncoordinated agency cue in the same clause is the audience; so is a
    /// short opening clause that names them ("Vendors: please do not contact us …").</summary>
    private bool IsAddressedToAgencies(IReadOnlyList<string> tokens, RuleMatch match)
    {
        if (OpensByAddressingAgencies(tokens))
        {
            return true;
        }

        var negations = _model.Languages.First(l => l.Code == match.Rule.Language).NegationCues;
        var start = match.Start;
        while (start > 0 && tokens[start - 1] != TextNormalizer.HardBoundary)
        {
            start--;
        }

        for (var i = start; i < tokens.Count && (i < match.End || tokens[i] != TextNormalizer.HardBoundary); i++)
        {
            if (_model.IsAgencyCue(tokens, i) && !_model.IsCoordinated(tokens, i, negations))
            {
                return true;
            }
        }

        return false;
    }

    private const int AddressClauseLength = 4;

    private bool OpensByAddressingAgencies(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count && i <= AddressClauseLength; i++)
        {
            if (tokens[i] == TextNormalizer.HardBoundary)
            {
                // An address stands before what is said to it: "No calls or agencies." ends where it names them.
                return i > 0 && i + 1 < tokens.Count && Enumerable.Range(0, i).Any(at => _model.IsAgencyCue(tokens, at));
            }
        }

        return false;
    }

    /// <summary>"Please do not pass by the branch (l'agence)": every agency word in the match is the employer's own.</summary>
    private bool NamesOnlyTheEmployersOwn(IReadOnlyList<string> tokens, RuleMatch match)
    {
        var named = false;
        for (var i = match.Start; i < match.End; i++)
        {
            if (_model.IsAgencyCue(tokens, i))
            {
                return false;
            }

            named |= _model.NamesAgency(tokens[i]);
        }

        return named;
    }

    /// <summary>The page's sentences, with pieces cut after an abbreviation ("Tel. 030 …", "Mr. Smith") joined again.</summary>
    private IEnumerable<TextSpan> SentencesOf(PageContent page)
    {
        TextSpan? pending = null;
        foreach (var sentence in page.Sentences)
        {
            if (pending is not null)
            {
                var gap = page.Text.AsSpan(pending.End, Math.Max(0, sentence.Start - pending.End));
                if (!gap.Contains('\n') && sentence.Start >= pending.End && _model.GoesOnInto(pending.Text, sentence.Text))
                {
                    pending = new TextSpan(page.Text[pending.Start..sentence.End], pending.Start, sentence.End);
                    if (!_model.EndsWithAbbreviation(pending.Text))
                    {
                        yield return pending;
                        pending = null;
                    }

                    continue;
                }

                yield return pending;
                pending = null;
            }

            if (_model.EndsWithAbbreviation(sentence.Text))
            {
                pending = sentence;
            }
            else
            {
                yield return sentence;
            }
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    /// <summary>A kind found in a sentence, before the page's language is known.</summary>
    private sealed record Finding(StatementKind Kind, TextSpan Sentence, string? Language, IReadOnlySet<string> RuleLanguages, int[] Scores);
}
