namespace JobCapture.Core.Contacts;

public enum ContactKind
{
    Email,
    Phone,
    Person,
    Profile,
    ApplyLink,
}

public enum ContactRole
{
    Recruiter,
    HiringManager,
    Hr,
    Other,
}

/// <summary>What sort of address or number it is, where that matters for the advice.</summary>
public enum ContactCategory
{
    Personal,
    Team,
    NoReply,

    /// <summary>A box kept for another purpose than hiring: the press, privacy or data protection.</summary>
    OtherPurpose,
    Fax,
    WhatsApp,
    Company,
}

/// <summary>One way to reach someone. <see cref="Value"/> is normalized (lower-case email, E.164 phone where the
/// country is known); <see cref="Display"/> is the text as written; offsets point into the analysed text, or are
/// -1 when the contact came from markup or structured data only.</summary>
public sealed record Contact(ContactKind Kind, string Value, string Display, int Start, int End)
{
    public string? Name { get; init; }
    public ContactRole? Role { get; init; }
    public ContactCategory? Category { get; init; }

    /// <summary>A phone extension as written ("ext. 204", "Durchwahl 12"); not part of <see cref="Value"/>.</summary>
    public string? Extension { get; init; }
}
