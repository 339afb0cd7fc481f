namespace JobCapture.Core.Statements;

/// <summary>
/// Reads what the phrase rules leave implicit in a clause that names several channels:
/// <list type="bullet">
/// <item>coordination: "no phone calls or office visits", "stop in or call 555-0100" — a channel joined by a
/// coordinator to a channel statement takes the same polarity (refused or invited);</item>
/// <item>contacts given: "Mail jobs@… Telefoon 03 361 07 90" — in a sentence that states a policy toward
/// applicants, an address or number given is an invitation of its channel, unless that channel is refused
/// there or the number is a fax; one after its channel's label ("Tel.", "WhatsApp", "E-Mail") is one wherever it
/// stands;</item>
/// <item>a refusal of a channel outweighs an invitation of the same channel in the sentence.</item>
/// </list>
/// Channels and their words are data (the "channels" of each language file).
/// </summary>
internal sealed class ChannelClauses(StatementModel model)
{
    // How far a coordinated channel may stand from the statement it joins: "no calls, emails or visits".
    private const int CoordinationReach = 6;

    public void Extend(
        IReadOnlyList<string> tokens,
        IReadOnlyList<(StatementKind Kind, RuleMatch Match)> accepted,
        ExclusionCover excluded,
        IReadOnlySet<string> contactInvitations,
        IDictionary<StatementKind, HashSet<string>> found)
    {
        foreach (var (kind, match) in accepted)
        {
            if (ChannelKinds.Of(kind) is { } statement)
            {
                SpreadOverCoordinatedChannels(tokens, match, statement, excluded, accepted, found);
            }
        }

        if (contactInvitations.Count > 0 && !found.Keys.Any(kind => ChannelKinds.Of(kind) is not null))
        {
            AddNamedChannels(tokens, excluded, contactInvitations, found);
        }

        AddGivenContacts(tokens, contactInvitations, excluded, found);
        LetRefusalsWin(found, InvitesMessages(tokens, accepted));
    }

    /// <summary>"Abstenerse de llamar y de presentarse en persona": where a clause refuses a channel, an invitation of
    /// the same channel read from its words is the refusal's object, not an invitation. An invitation to message a
    /// number ("SMS naar 0486 …, geen oproepen") is not what a refusal of calls refuses, and stays.</summary>
    private static void LetRefusalsWin(IDictionary<StatementKind, HashSet<string>> found, bool invitesMessages)
    {
        foreach (var channel in Enum.GetValues<StatementChannel>())
        {
            if (channel == StatementChannel.Phone && invitesMessages)
            {
                continue;
            }

            if (found.ContainsKey(ChannelKinds.For(channel, refused: true)))
            {
                found.Remove(ChannelKinds.For(channel, refused: false));
            }
        }
    }

    // "WhatsApp: 0612 …", "sms naar 0486 …": a number given to message.
    private const int MessagingLabelReach = 3;

    private bool IsMessagingNumber(IReadOnlyList<string> tokens, int number) =>
        tokens[number] == TextNormalizer.PhoneToken &&
        Enumerable.Range(Math.Max(0, number - MessagingLabelReach), Math.Min(number, MessagingLabelReach)).Any(i => model.IsMessaging(tokens[i]));

    private bool InvitesMessages(IReadOnlyList<string> tokens, IReadOnlyList<(StatementKind Kind, RuleMatch Match)> accepted) =>
        accepted.Any(a => a.Kind == StatementKind.InvitesCall && Enumerable.Range(a.Match.Start, a.Match.End - a.Match.Start).Any(i => model.IsMessaging(tokens[i])));

    private void SpreadOverCoordinatedChannels(
        IReadOnlyList<string> tokens,
        RuleMatch match,
        ChannelStatement statement,
        ExclusionCover excluded,
        IReadOnlyList<(StatementKind Kind, RuleMatch Match)> accepted,
        IDictionary<StatementKind, HashSet<string>> found)
    {
        var language = match.Rule.Language;
        // From inside the match: "bellen of langskomen … wordt niet op prijs gesteld" holds the second channel between
        // its ends, and "^ please? call or" ends on the coordinator that joins the next one.
        var coordinated = false;
        for (var i = match.Start + 1; i < tokens.Count && i < match.End + CoordinationReach && tokens[i] != TextNormalizer.HardBoundary; i++)
        {
            coordinated |= model.IsCoordinator(tokens[i]);
            if (coordinated && model.ChannelOf(tokens[i]) is { } channel && channel != statement.Channel && !IsReadApart(accepted, match, channel, i))
            {
                AddUnlessExcluded(found, ChannelKinds.For(channel, statement.Refused), language, i, excluded);
            }
        }

        coordinated = false;
        for (var i = match.Start - 1; i >= 0 && i >= match.Start - CoordinationReach && tokens[i] != TextNormalizer.HardBoundary; i--)
        {
            coordinated |= model.IsCoordinator(tokens[i]);
            if (coordinated && model.ChannelOf(tokens[i]) is { } channel && channel != statement.Channel && !IsReadApart(accepted, match, channel, i))
            {
                AddUnlessExcluded(found, ChannelKinds.For(channel, statement.Refused), language, i, excluded);
            }
        }
    }

    /// <summary>"Do not call or email – pop in to the shop": a channel word that a statement of its own already reads
    /// (here the invitation to pop in) keeps that reading; the spread is for words no rule read ("or visits"), and for
    /// words inside the spreading statement's own span ("par e-mail ou remises en main propre ne seront pas acceptées").</summary>
    private static bool IsReadApart(IReadOnlyList<(StatementKind Kind, RuleMatch Match)> accepted, RuleMatch spreading, StatementChannel channel, int at) =>
        accepted.Any(a => ChannelKinds.Of(a.Kind)?.Channel == channel && a.Match.Start <= at && at < a.Match.End &&
                          (a.Match.Start >= spreading.End || a.Match.End <= spreading.Start));

    /// <summary>"Telefonische Rückfragen beantwortet Ihnen gerne …", "pour toute question, par téléphone ou par mail": a
    /// sentence inviting contact without a channel rule invites each channel it names, unless a negation stands right
    /// before the word or an exclusion covers it ("besuchen Sie unsere Website").</summary>
    private void AddNamedChannels(
        IReadOnlyList<string> tokens, ExclusionCover excluded, IReadOnlySet<string> languages, IDictionary<StatementKind, HashSet<string>> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (model.ChannelOf(tokens[i]) is not { } channel || IsRefusedAt(tokens, i))
            {
                continue;
            }

            var kind = ChannelKinds.For(channel, refused: false);
            if (!found.ContainsKey(kind) && !found.ContainsKey(ChannelKinds.For(channel, refused: true)) && !excluded.Covers(kind, i, i + 1))
            {
                found[kind] = [.. languages];
            }
        }
    }

    private const int NamedChannelNegationReach = 3;

    private bool IsRefusedAt(IReadOnlyList<string> tokens, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - NamedChannelNegationReach && !TextNormalizer.IsBoundary(tokens[i]); i--)
        {
            if (model.IsNegation(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void AddGivenContacts(
        IReadOnlyList<string> tokens, IReadOnlySet<string> contactInvitations, ExclusionCover excluded, IDictionary<StatementKind, HashSet<string>> found)
    {
        var statesApplicantPolicy = contactInvitations.Count > 0 || found.Keys.Any(kind => kind != StatementKind.NoAgencies);
        var languages = found.Values.SelectMany(l => l).Concat(contactInvitations).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (invitation, refusal, label) = tokens[i] switch
            {
                TextNormalizer.EmailToken => (StatementKind.InvitesEmail, StatementKind.NoEmail, "email"),
                TextNormalizer.PhoneToken => (StatementKind.InvitesCall, StatementKind.NoCalls, "phone"),
                _ => (default(StatementKind?), default(StatementKind), ""),
            };
            if (invitation is not { } kind || found.ContainsKey(kind) || (found.ContainsKey(refusal) && !IsMessagingNumber(tokens, i)) ||
                found.ContainsKey(StatementKind.NoContact) ||
                excluded.Covers(kind, i, i + 1))
            {
                continue;
            }

            var labelled = model.LabelBefore(tokens, i);
            if (labelled?.Channel == label)
            {
                found[kind] = languages.Count > 0 ? [.. languages] : [.. labelled.Value.Languages];
            }
            else if (statesApplicantPolicy && labelled is null)
            {
                found[kind] = [.. languages];
            }
        }
    }

    /// <summary>"Send your CV to … and we call you back": a channel word inside a duty or process note joins nothing.</summary>
    private static void AddUnlessExcluded(IDictionary<StatementKind, HashSet<string>> found, StatementKind kind, string language, int at, ExclusionCover excluded)
    {
        if (excluded.Covers(kind, at, at + 1))
        {
            return;
        }

        if (!found.TryGetValue(kind, out var languages))
        {
            found[kind] = languages = [];
        }

        languages.Add(language);
    }
}

/// <summary>The channels a statement can be about, as the language files name them.</summary>
internal enum StatementChannel
{
    Phone,
    Email,
    Visit,
}

internal sealed record ChannelStatement(StatementChannel Channel, bool Refused);

/// <summary>One place for which kind refuses or invites which channel.</summary>
internal static class ChannelKinds
{
    public static ChannelStatement? Of(StatementKind kind) => kind switch
    {
        StatementKind.NoCalls => new(StatementChannel.Phone, true),
        StatementKind.NoEmail => new(StatementChannel.Email, true),
        StatementKind.NoVisits => new(StatementChannel.Visit, true),
        StatementKind.InvitesCall => new(StatementChannel.Phone, false),
        StatementKind.InvitesEmail => new(StatementChannel.Email, false),
        StatementKind.InvitesVisit => new(StatementChannel.Visit, false),
        _ => null,
    };

    public static StatementKind For(StatementChannel channel, bool refused) => (channel, refused) switch
    {
        (StatementChannel.Phone, true) => StatementKind.NoCalls,
        (StatementChannel.Email, true) => StatementKind.NoEmail,
        (StatementChannel.Visit, true) => StatementKind.NoVisits,
        (StatementChannel.Phone, false) => StatementKind.InvitesCall,
        (StatementChannel.Email, false) => StatementKind.InvitesEmail,
        _ => StatementKind.InvitesVisit,
    };
}
