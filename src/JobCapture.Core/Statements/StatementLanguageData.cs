namespace JobCapture.Core.Statements;

/// <summary>
/// The phrase data of one language, as written in Data/Statements/{language}.json. Adding a language is adding
/// such a file; see the English one for a commented walk-through of each part.
/// </summary>
internal sealed record StatementLanguageData
{
    /// <summary>ISO 639-1 code, also the file name.</summary>
    public string Language { get; init; } = "";

    /// <summary>Common function words that tell the language apart, even in one short sentence.</summary>
    public string[] Stopwords { get; init; } = [];

    /// <summary>Words whose trailing period does not end a clause ("Tel.", "Mr.").</summary>
    public string[] Abbreviations { get; init; } = [];

    /// <summary>Words that name the number after them a reference, not a phone number ("Kennziffer 2024-17", "ref. 44718").</summary>
    public string[] ReferenceWords { get; init; } = [];

    /// <summary>Token sequences rewritten before matching ("don t" → "do not", "do not hesitate to" → "feel free to").</summary>
    public Dictionary<string, string> Rewrites { get; init; } = [];

    /// <summary>Named word lists that patterns refer to as <c>@name</c>.</summary>
    public Dictionary<string, string[]> Groups { get; init; } = [];

    /// <summary>Tokens naming recruiters, agencies, headhunters: a prohibition addressed to them is NoAgencies.</summary>
    public string[] AgencyCues { get; init; } = [];

    /// <summary>"or", "and": an agency cue right after one of these is listed beside applicants' channels, not addressed.</summary>
    public string[] Coordinators { get; init; } = [];

    /// <summary>"Important:", "Please note:", "Hinweis:": a note's label before the clause it opens says nothing about
    /// follow-up, and is dropped so that the patterns that open a clause see the clause's first word.</summary>
    public string[] NoteLabels { get; init; } = [];

    /// <summary>A token test for audiences other than applicants ("customers|patients|suppliers|reservations"): a
    /// sentence that names one and no word of applying ("applicantWords") is the business's contact line, and invites
    /// no applicant ("Patients should call the surgery on …", "Lieferanten wenden sich an einkauf@…").</summary>
    public string OtherAudiences { get; init; } = "";

    /// <summary>A token test for the words of applying ("apply|cv|candidate*|job|interview*").</summary>
    public string ApplicantWords { get; init; } = "";

    /// <summary>"our", "the": "our recruiter" is the employer's own person, not an agency.</summary>
    public string[] InternalMarkers { get; init; } = [];

    /// <summary>Words that, shortly before an invitation in the same clause, cancel it ("do not send your CV to …").</summary>
    public string[] NegationCues { get; init; } = [];

    /// <summary>Words that cancel an invitation when they follow it in the clause, where the verb comes last
    /// ("Von Rückfragen per Telefon bitten wir abzusehen"). A cue ending in "$" counts only where the clause ends: the
    /// separable "ab" of "sehen Sie davon ab." is not the "ab" of "ab 10 Uhr".</summary>
    public string[] TrailingNegationCues { get; init; } = [];

    /// <summary>Token tests naming each channel ("phone", "email", "visit"): a channel joined by a coordinator to a
    /// statement about another channel takes its polarity ("no calls or visits").</summary>
    public Dictionary<string, string> Channels { get; init; } = [];

    /// <summary>A token test for writing apps and texts ("whatsapp|sms|telegram"): an invitation to message a number
    /// stands beside a refusal of calls ("WhatsApp 0612…, no calls please" invites messages and refuses calls).</summary>
    public string Messaging { get; init; } = "";

    /// <summary>Token tests for the labels right before an address or number ("Tel.", "WhatsApp", "E-Mail"): keys
    /// "phone" and "email" make it an invitation of that channel, "fax" makes a number never one.</summary>
    public Dictionary<string, string> ContactLabels { get; init; } = [];

    /// <summary>Token tests for street words ("street|ave", "*strasse|*allee", "rue|avenue"): beside a house number they
    /// make an address, which patterns name <c>&lt;address&gt;</c>.</summary>
    public string StreetWords { get; init; } = "";

    /// <summary>Words standing for "@" and "." in addresses written to dodge harvesters ("jobs (at) acme (dot) com").</summary>
    public AddressWordsData AddressWords { get; init; } = new();

    public StatementRuleData[] Rules { get; init; } = [];

    /// <summary>Duties and process notes: a match of the listed kinds (all kinds when none are listed) that
    /// overlaps one of these patterns is not a statement.</summary>
    public StatementRuleData[] Exclusions { get; init; } = [];
}

internal sealed record StatementRuleData
{
    public StatementKind[] Kinds { get; init; } = [];

    public string[] Patterns { get; init; } = [];

    /// <summary>Kinds this more specific rule supersedes in the same sentence ("do not contact us by phone" is
    /// NoCalls, not NoContact).</summary>
    public StatementKind[] Replaces { get; init; } = [];

    /// <summary>For an exclusion: it vetoes its kinds in the whole sentence, not only in the matches it overlaps
    /// ("Beware of recruitment fraud: … report it to security@…" gives no address to apply to).</summary>
    public bool WholeSentence { get; init; }
}

internal sealed record AddressWordsData
{
    public string[] At { get; init; } = [];

    public string[] Dot { get; init; } = [];
}
