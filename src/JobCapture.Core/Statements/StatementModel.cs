using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Statements;

/// <summary>
/// The phrase data of every language, compiled once: patterns indexed by the word that opens them, so a long text
/// costs one dictionary look-up per token plus the few patterns that could start there.
/// </summary>
internal sealed class StatementModel
{
    private static readonly Lazy<StatementModel> LazyDefault = new(() => Compile(CoreData.ReadAll<StatementLanguageData>("Statements")));

    private readonly PatternIndex _rules = new();
    private readonly PatternIndex _exclusions = new();
    private readonly Dictionary<string, List<(string[] From, string[] To)>> _rewrites = new(StringComparer.Ordinal);
    private readonly HashSet<string> _abbreviations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referenceWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _coordinators = new(StringComparer.Ordinal);
    // By first word: most clauses open with no label, and one look-up tells.
    private readonly Dictionary<string, List<string[]>> _noteLabels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _internalMarkers = new(StringComparer.Ordinal);
    private readonly List<TokenTest> _agencyCues = [];
    private readonly List<TokenTest> _otherAudiences = [];
    private readonly List<TokenTest> _applicantWords = [];
    private readonly List<(StatementChannel Channel, TokenTest Words)> _channels = [];
    private readonly List<TokenTest> _messaging = [];
    private readonly List<ContactLabel> _contactLabels = [];
    private readonly List<LanguageProfile> _languages = [];
    private readonly List<string> _addressAts = [];
    private readonly List<string> _addressDots = [];
    private ObfuscatedAddresses _obfuscatedAddresses = new([], []);
    private readonly List<TokenTest> _streetWords = [];
    private StreetAddresses? _streetAddresses;

    public static StatementModel Default => LazyDefault.Value;

    public IReadOnlyList<LanguageProfile> Languages => _languages;

    public static StatementModel Compile(IEnumerable<StatementLanguageData> languages)
    {
        var model = new StatementModel();
        foreach (var data in languages)
        {
            model.Add(data);
        }

        model._obfuscatedAddresses = new ObfuscatedAddresses(model._addressAts, model._addressDots);
        model._streetAddresses = new StreetAddresses(model._streetWords);

        return model;
    }

    /// <summary>Normalizes and tokenizes a sentence into <paramref name="tokens"/>, with the data's abbreviations and
    /// rewrites applied.</summary>
    public void Tokenize(string sentence, TokenList tokens)
    {
        TextNormalizer.Tokenize(_obfuscatedAddresses.Rewrite(GenderedEndings.Join(TextNormalizer.Fold(sentence))), _abbreviations, NamesOtherNumber, tokens.Words);
        // Twice, so that a phrase rewrite sees the result of a contraction ("don t hesitate to" → "do not hesitate to").
        Rewrite(tokens, passes: 2);
        FillBlanks(tokens.Words);
        _streetAddresses?.Merge(tokens.Words);
        DropNoteLabels(tokens.Words);
        DropOpeningCoordinators(tokens.Words);
    }

    /// <summary>"Telefon ___", "per E-Mail unter ___": a blanked-out value after a label is the number or address it
    /// labels. An e-mail label in reach wins over the nearer "unter", which also labels numbers.</summary>
    private void FillBlanks(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == TextNormalizer.BlankToken && BlankChannel(tokens, i) is { } token)
            {
                tokens[i] = token;
            }
        }
    }

    // "per E-Mail unter: ___": label, "unter", the colon's boundary.
    private const int BlankLabelReach = 4;

    private string? BlankChannel(List<string> tokens, int blank)
    {
        string? found = null;
        for (var i = blank - 1; i >= 0 && i >= blank - BlankLabelReach && tokens[i] != TextNormalizer.HardBoundary; i--)
        {
            var channels = _contactLabels.Where(label => label.Words.Matches(tokens[i])).Select(label => label.Channel).ToHashSet();
            if (channels.Contains("email"))
            {
                return TextNormalizer.EmailToken;
            }

            if (channels.Contains("fax"))
            {
                return found;
            }

            found ??= channels.Contains("phone") ? TextNormalizer.PhoneToken : null;
        }

        return found;
    }

    /// <summary>Whether the digit groups <paramref name="run"/> after the first <paramref name="count"/> tokens are a
    /// reference or a house number, not a phone: after a reference or a street word ("Kennziffer 2024-17", "Fruitmarkt
    /// 15 3600 Genk"), or, as a house number and a postcode, after a street's name ("Rue de la Station 257 1300
    /// Wavre"). A phone label never is: "ring 0161 496 0000" is a number to ring, though German streets end in
    /// "-ring".</summary>
    private const int ShortestUngroupedPhone = 7;

    private bool NamesOtherNumber(List<string> tokens, int count, string[] run)
    {
        if (count == 0 || IsPhoneLabel(tokens[count - 1]))
        {
            return false;
        }

        if (_referenceWords.Contains(tokens[count - 1]) || _streetAddresses?.IsStreetWord(tokens[count - 1]) == true)
        {
            return true;
        }

        // "la référence INF-2024-17": a reference's letters stand between its word and its digits.
        if (count >= 2 && _referenceWords.Contains(tokens[count - 2]) && tokens[count - 1].All(char.IsAsciiLetter))
        {
            return true;
        }

        // A lone group of six digits unlabelled is a postcode ("Bengaluru 560034") or a reference: numbers written in
        // one group are longer, and shorter local ones come after their label ("Tel. 834512").
        if (run.Length == 1 && run[0].Length <= ShortestUngroupedPhone - 1)
        {
            return true;
        }

        // A house number and a postcode ("257 1300"); "Dr Patel on 020 7946 0011" has three groups.
        return run.Length == 2 && run[0].Length <= 4 && _streetAddresses?.EndsStreetName(tokens, count) == true;
    }

    private bool IsPhoneLabel(string token) => _contactLabels.Any(label => label.Channel == "phone" && label.Words.Matches(token));

    /// <summary>"Or call to set up an interview": a clause that opens with "or"/"and" continues the one before, and
    /// the patterns that open a clause ("^ call …") must see its first real word. "Nor" stays: it negates.</summary>
    private void DropOpeningCoordinators(List<string> tokens)
    {
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            if ((i == 0 || tokens[i - 1] == TextNormalizer.HardBoundary) && _coordinators.Contains(tokens[i]) && !IsNegation(tokens[i]))
            {
                tokens.RemoveAt(i);
            }
        }
    }

    /// <summary>"Please note: only shortlisted candidates …": a note's label and its colon open a clause, and go, as
    /// do the labels after it ("Hinweis: Bitte beachten: …").</summary>
    private void DropNoteLabels(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            while ((i == 0 || tokens[i - 1] == TextNormalizer.HardBoundary) && NoteLabelAt(tokens, i) is { } length)
            {
                tokens.RemoveRange(i, length + 1);
            }
        }
    }

    // "To apply: 555-0199 or jobs@…": a label right before an address or number is that contact's, and stays.
    private int? NoteLabelAt(List<string> tokens, int start)
    {
        if (!_noteLabels.TryGetValue(tokens[start], out var labels))
        {
            return null;
        }

        foreach (var label in labels)
        {
            var end = start + label.Length;
            if (end < tokens.Count - 1 && tokens[end] == TextNormalizer.SoftBoundary && !TextNormalizer.IsContactToken(tokens[end + 1]) &&
                CollectionsMarshal.AsSpan(tokens).Slice(start, label.Length).SequenceEqual(label))
            {
                return label.Length;
            }
        }

        return null;
    }

    /// <summary>"… unter Tel." ends with an abbreviation: the splitter cut a sentence that goes on into
    /// <paramref name="next"/>. "No." goes on only into a number ("No. 5"), not into "Visitas a la oficina NO.".</summary>
    public bool GoesOnInto(string sentence, string next) =>
        EndsWithAbbreviation(sentence, out var word) &&
        (!SentenceSplitter.AbbreviatesOnlyBeforeNumbers(word) || (next.Length > 0 && char.IsAsciiDigit(next[0])));

    public bool EndsWithAbbreviation(string sentence) => EndsWithAbbreviation(sentence, out _);

    private bool EndsWithAbbreviation(string sentence, out string abbreviation)
    {
        abbreviation = "";
        var trimmed = sentence.AsSpan().TrimEnd();
        if (!trimmed.EndsWith("."))
        {
            return false;
        }

        var word = trimmed[..^1];
        var start = word.Length;
        while (start > 0 && char.IsLetter(word[start - 1]))
        {
            start--;
        }

        abbreviation = TextNormalizer.Fold(word[start..].ToString());
        return start < word.Length && _abbreviations.Contains(abbreviation);
    }

    // Shared by every sentence that matches nothing: most of a page.
    private static readonly RuleMatch[] NoMatches = [];

    public IReadOnlyList<RuleMatch> FindExclusions(IReadOnlyList<string> tokens) => FindMatches(_exclusions, tokens);

    public IReadOnlyList<RuleMatch> FindRuleMatches(IReadOnlyList<string> tokens) => FindMatches(_rules, tokens);

    private static IReadOnlyList<RuleMatch> FindMatches(PatternIndex index, IReadOnlyList<string> tokens)
    {
        List<RuleMatch>? matches = null;
        for (var start = 0; start < tokens.Count; start++)
        {
            foreach (var rule in index.Candidates(tokens[start]))
            {
                var end = rule.Pattern.MatchAt(tokens, start);
                if (end >= 0)
                {
                    (matches ??= []).Add(new RuleMatch(rule, start, end));
                }
            }
        }

        return (IReadOnlyList<RuleMatch>?)matches ?? NoMatches;
    }

    /// <summary>"Customer enquiries: info@… or 0345 …": the sentence names another audience than applicants and no word of
    /// applying, in any language's data.</summary>
    public bool AddressesOthersOnly(IReadOnlyList<string> tokens) =>
        tokens.Any(token => _otherAudiences.Any(words => words.Matches(token))) &&
        !tokens.Any(token => _applicantWords.Any(words => words.Matches(token)));

    /// <summary>"Customers can't always visit in person", "Kein Anruf eines Mandanten bleibt unbeantwortet": the clause of
    /// tokens <paramref name="start"/> to <paramref name="end"/> names another audience, and the sentence no word of
    /// applying. A refusal there is about the business's customers, not a policy toward applicants.</summary>
    public bool ClauseNamesOthersOnly(IReadOnlyList<string> tokens, int start, int end)
    {
        var from = start;
        while (from > 0 && !TextNormalizer.IsBoundary(tokens[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < tokens.Count && !TextNormalizer.IsBoundary(tokens[to]))
        {
            to++;
        }

        for (var i = from; i < to; i++)
        {
            if (_otherAudiences.Any(words => words.Matches(tokens[i])))
            {
                return !tokens.Any(token => _applicantWords.Any(words => words.Matches(token)));
            }
        }

        return false;
    }

    /// <summary>A word naming recruiters or agencies ("our recruiter", "l'agence" name the employer's own).</summary>
    public bool NamesAgency(string token) => _agencyCues.Any(cue => cue.Matches(token));

    public bool IsAgencyCue(IReadOnlyList<string> tokens, int index) =>
        NamesAgency(tokens[index]) && (index == 0 || !_internalMarkers.Contains(tokens[index - 1]));

    public bool IsCoordinator(string token) => _coordinators.Contains(token);

    /// <summary>A writing app or a text ("whatsapp", "sms") in any language's data.</summary>
    public bool IsMessaging(string token) => _messaging.Any(words => words.Matches(token));

    /// <summary>A negation cue of any language ("not", "keine", "pas", "no", "geen").</summary>
    public bool IsNegation(string token) => _languages.Any(language => language.NegationCues.Contains(token));

    /// <summary>The channel a word names in any language's data ("visits", "anruf", "whatsapp"), if any.</summary>
    public StatementChannel? ChannelOf(string token)
    {
        foreach (var (channel, words) in _channels)
        {
            if (words.Matches(token))
            {
                return channel;
            }
        }

        return null;
    }

    /// <summary>"Tel. 030 …", "WhatsApp: 0708 …", "Fax 030 …": the label ("phone", "email", "fax") within two words
    /// before the contact at <paramref name="contact"/>, with every language whose data has that label for that word
    /// ("Tel" is German, English, French … alike; "Mobil" only German), or null.</summary>
    public (string Channel, IReadOnlySet<string> Languages)? LabelBefore(IReadOnlyList<string> tokens, int contact)
    {
        // "Telefoon: 088 …": the colon between label and number is a clause boundary to the patterns, not here.
        var i = contact - 1;
        if (i >= 0 && TextNormalizer.IsBoundary(tokens[i]))
        {
            i--;
        }

        for (var stop = i - 2; i >= 0 && i > stop && !TextNormalizer.IsBoundary(tokens[i]); i--)
        {
            var token = tokens[i];
            if (_contactLabels.FirstOrDefault(label => label.Words.Matches(token)) is { } first)
            {
                return (first.Channel, _contactLabels.Where(l => l.Channel == first.Channel && l.Words.Matches(token)).Select(l => l.Language).ToHashSet(StringComparer.Ordinal));
            }
        }

        return null;
    }

    /// <summary>
    /// "No calls or agencies", "no recruiters, no calls": the cue is one more thing refused, listed after a
    /// coordinator or as its own negated item, not the audience of the refusal.
    /// </summary>
    public bool IsCoordinated(IReadOnlyList<string> tokens, int index, IReadOnlySet<string> negations)
    {
        // "No agencies, no calls", "no recruitment agencies and no calls": an item of a list of refusals ends at the next one,
        // or with a last word before the clause ends ("No calls, no agencies please").
        var endsItem = index + 1 == tokens.Count || TextNormalizer.IsBoundary(tokens[index + 1]) || _coordinators.Contains(tokens[index + 1]) ||
            negations.Contains(tokens[index + 1]) || index + 2 == tokens.Count || tokens[index + 2] == TextNormalizer.HardBoundary;
        if (endsItem && OpensNegatedItem(tokens, index, negations))
        {
            return true;
        }

        for (var back = 1; back <= 2 && index - back >= 0; back++)
        {
            var token = tokens[index - back];
            if (token == TextNormalizer.HardBoundary)
            {
                return false;
            }

            if (_coordinators.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    // "no external recruitment agencies": words that qualify the agency may stand between the negation and it.
    private const int AgencyQualifierWords = 2;

    private bool OpensNegatedItem(IReadOnlyList<string> tokens, int index, IReadOnlySet<string> negations)
    {
        for (var at = index - 1; at >= 0 && at >= index - 1 - AgencyQualifierWords; at--)
        {
            var token = tokens[at];
            if (negations.Contains(token))
            {
                return true;
            }

            // "Pas d'agences": a function word may be the negation's article. "No calls from agencies" refuses calls
            // from agencies: any other function word, or a channel, is no qualifier.
            if (IsStopword(token))
            {
                return at > 0 && negations.Contains(tokens[at - 1]);
            }

            if (TextNormalizer.IsBoundary(token) || ChannelOf(token) is not null)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsStopword(string token) => _languages.Any(language => language.Stopwords.Contains(token));

    private void Add(StatementLanguageData data)
    {
        var groups = data.Groups;
        var clauseFinal = data.TrailingNegationCues.Where(cue => cue.EndsWith('$')).ToList();
        _languages.Add(new LanguageProfile(
            data.Language,
            Folded(data.Stopwords),
            Folded(data.NegationCues),
            Folded(data.TrailingNegationCues.Except(clauseFinal)),
            Folded(clauseFinal.Select(cue => cue.TrimEnd('$')))));
        _abbreviations.UnionWith(Folded(data.Abbreviations));
        _referenceWords.UnionWith(Folded(data.ReferenceWords));
        _coordinators.UnionWith(Folded(data.Coordinators));
        foreach (var label in data.NoteLabels.Select(label => TextNormalizer.Fold(label).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!_noteLabels.TryGetValue(label[0], out var labels))
            {
                _noteLabels[label[0]] = labels = [];
            }

            labels.Add(label);
        }
        _internalMarkers.UnionWith(Folded(data.InternalMarkers));
        _agencyCues.AddRange(data.AgencyCues.Select(cue => TokenTest.Parse(cue, groups)));
        if (data.OtherAudiences.Length > 0)
        {
            _otherAudiences.Add(TokenTest.Parse(data.OtherAudiences, groups));
            _applicantWords.Add(TokenTest.Parse(data.ApplicantWords, groups));
        }

        foreach (var (name, words) in data.Channels)
        {
            _channels.Add((Enum.Parse<StatementChannel>(name, ignoreCase: true), TokenTest.Parse(words, groups)));
        }

        if (data.Messaging.Length > 0)
        {
            _messaging.Add(TokenTest.Parse(data.Messaging, groups));
        }

        if (data.StreetWords.Length > 0)
        {
            _streetWords.Add(TokenTest.Parse(data.StreetWords, groups));
        }

        _addressAts.AddRange(data.AddressWords.At);
        _addressDots.AddRange(data.AddressWords.Dot);
        _contactLabels.AddRange(data.ContactLabels.Select(pair => new ContactLabel(pair.Key, data.Language, TokenTest.Parse(pair.Value, groups))));
        foreach (var (from, to) in data.Rewrites)
        {
            AddRewrite(TextNormalizer.Fold(from).Split(' '), TextNormalizer.Fold(to).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        AddRules(_rules, data.Rules, data.Language, groups);
        AddRules(_exclusions, data.Exclusions, data.Language, groups);
    }

    private static void AddRules(PatternIndex index, StatementRuleData[] rules, string language, Dictionary<string, string[]> groups)
    {
        foreach (var rule in rules)
        {
            foreach (var source in rule.Patterns)
            {
                var pattern = PhrasePattern.Parse(source, groups);
                index.Add(pattern, new CompiledRule(rule.Kinds, rule.Replaces, language, pattern, rule.WholeSentence));
            }
        }
    }

    private void AddRewrite(string[] from, string[] to)
    {
        if (!_rewrites.TryGetValue(from[0], out var list))
        {
            _rewrites[from[0]] = list = [];
        }

        list.Add((from, to));
        list.Sort((a, b) => b.From.Length.CompareTo(a.From.Length));
    }

    private void Rewrite(TokenList tokenList, int passes)
    {
        var tokens = tokenList.Words;
        var first = FirstRewrite(tokens);
        if (first < 0)
        {
            return;
        }

        // Nothing is copied until a rewrite applies: a common first word ("in" of "in person") is often no rewrite.
        var rewritten = tokenList.Rewritten;
        rewritten.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[..first]);
        var i = first;
        while (i < tokens.Count)
        {
            if (RewriteAt(tokens, i) is { } rewrite)
            {
                rewritten.AddRange(rewrite.To);
                i += rewrite.From.Length;
            }
            else
            {
                rewritten.Add(tokens[i]);
                i++;
            }
        }

        tokenList.KeepRewritten();
        if (passes > 1)
        {
            Rewrite(tokenList, passes - 1);
        }
    }

    private int FirstRewrite(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (RewriteAt(tokens, i) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The longest rewrite whose words start at <paramref name="index"/>, if any.</summary>
    private (string[] From, string[] To)? RewriteAt(List<string> tokens, int index)
    {
        if (_rewrites.TryGetValue(tokens[index], out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (StartsWithAt(tokens, index, candidate.From))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool StartsWithAt(List<string> tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[index + k] != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> Folded(IEnumerable<string> words) =>
        new(words.Select(TextNormalizer.Fold), StringComparer.Ordinal);

    /// <summary>
    /// Patterns under the words that open them. Patterns that open with a prefix, suffix or group of such are tried
    /// against each distinct token once; the answer is cached, so a long text costs a look-up per token.
    /// </summary>
    private sealed class PatternIndex
    {
        private const int MaxCachedTokens = 100_000;

        private readonly Dictionary<string, List<CompiledRule>> _byWord = new(StringComparer.Ordinal);
        private readonly List<CompiledRule> _unindexed = [];
        // Every token of every sentence asks here, mostly about words asked before: those are read from a plain
        // dictionary that is never written once published (safe to read from any thread); new words wait in a
        // concurrent one and join the next copy in batches, so a page of unique words costs no more than before.
        private volatile Dictionary<string, CompiledRule[]> _published = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, CompiledRule[]> _pending = new(StringComparer.Ordinal);
        private readonly Lock _publishing = new();

        public void Add(PhrasePattern pattern, CompiledRule item)
        {
            _published = new(StringComparer.Ordinal);
            _pending.Clear();
            if (pattern.TriggerWords is not { } words)
            {
                _unindexed.Add(item);
                return;
            }

            foreach (var word in words)
            {
                if (!_byWord.TryGetValue(word, out var list))
                {
                    _byWord[word] = list = [];
                }

                list.Add(item);
            }
        }

        public CompiledRule[] Candidates(string token)
        {
            if (_published.TryGetValue(token, out var known) || _pending.TryGetValue(token, out known))
            {
                return known;
            }

            var fitting = _unindexed.Where(item => item.Pattern.CanStartWith(token));
            var candidates = (_byWord.TryGetValue(token, out var list) ? list.Concat(fitting) : fitting).ToArray();
            _pending.TryAdd(token, candidates);
            PublishWhenEnoughWait();
            return candidates;
        }

        private void PublishWhenEnoughWait()
        {
            // Counted by hand: ConcurrentDictionary.Count takes every lock.
            var published = _published;
            if (Interlocked.Increment(ref _waiting) < Math.Max(MinBatch, published.Count / 4) || !_publishing.TryEnter())
            {
                return;
            }

            try
            {
                var next = published.Count + _waiting > MaxCachedTokens
                    ? new Dictionary<string, CompiledRule[]>(StringComparer.Ordinal)
                    : new Dictionary<string, CompiledRule[]>(published, StringComparer.Ordinal);
                foreach (var (token, candidates) in _pending)
                {
                    next.TryAdd(token, candidates);
                }

                _published = next;
                _pending.Clear();
                Interlocked.Exchange(ref _waiting, 0);
            }
            finally
            {
                _publishing.Exit();
            }
        }

        private const int MinBatch = 256;
        private int _waiting;
    }
}

internal sealed record CompiledRule(StatementKind[] Kinds, StatementKind[] Replaces, string Language, PhrasePattern Pattern, bool WholeSentence = false)
{
    /// <summary>For an exclusion: whether it vetoes <paramref name="kind"/> (an exclusion without kinds vetoes all).</summary>
    public bool Covers(StatementKind kind) => Kinds.Length == 0 || Kinds.Contains(kind);
}

/// <summary>A word that labels an address or number: <see cref="Channel"/> is "phone", "email" or "fax".</summary>
internal sealed record ContactLabel(string Channel, string Language, TokenTest Words);

internal sealed record RuleMatch(CompiledRule Rule, int Start, int End);

internal sealed record LanguageProfile(
    string Code,
    IReadOnlySet<string> Stopwords,
    IReadOnlySet<string> NegationCues,
    IReadOnlySet<string> TrailingNegationCues,
    IReadOnlySet<string> ClauseFinalNegationCues);
