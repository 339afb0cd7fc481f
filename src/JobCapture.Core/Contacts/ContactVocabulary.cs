namespace JobCapture.Core.Contacts;

/// <summary>The words and lists the contact finder relies on, from Data/Contacts/contact-vocabulary.json.
/// All languages live in one file so a phrase is added in one place.</summary>
internal sealed record ContactVocabulary
{
    public required string[] FreeMailDomains { get; init; }
    public required string[] TeamLocalParts { get; init; }
    public required string[] NoReplyLocalParts { get; init; }
    public required string[] OtherPurposeLocalParts { get; init; }
    public required Dictionary<string, string> SymbolLabels { get; init; }
    public required string[] FileExtensions { get; init; }
    public required string[] ObfuscationAt { get; init; }
    public required string[] ObfuscationDot { get; init; }
    public required string[] PlainTopLevelDomains { get; init; }
    public required string[] NotLocalParts { get; init; }
    public required string[] PhoneCues { get; init; }
    public required string[] FaxCues { get; init; }
    public required string[] WhatsAppCues { get; init; }
    public required string[] ExtensionWords { get; init; }
    public required string[] NotPhoneCues { get; init; }
    public required string[] NotPhoneAfter { get; init; }
    public required PersonCue[] PersonCues { get; init; }
    public required PersonCue[] RoleWords { get; init; }
    public required string[] NameTitles { get; init; }
    public required string[] NameParticles { get; init; }
    public required string[] NotNameWords { get; init; }
    public required string[] CompanySuffixes { get; init; }
    public required string[] ApplyWords { get; init; }
    public required string[] ApplyHosts { get; init; }
    public required Dictionary<string, string> LanguageRegions { get; init; }
    public required string[] FallbackRegions { get; init; }

    public static ContactVocabulary Shared { get; } = CoreData.Read<ContactVocabulary>("Contacts", "contact-vocabulary.json");
}

/// <summary>A phrase that introduces a person. <see cref="Standalone"/> cues ("Recruiter:", "Ansprechpartnerin")
/// name a contact on their own; the others ("contact", "call") only when an address or number follows. A cue that
/// <see cref="IsTitle"/> ("Frau", "Mme") is itself the title of the name that follows.</summary>
internal sealed record PersonCue(string Phrase, ContactRole Role, bool Standalone, bool IsTitle = false);
