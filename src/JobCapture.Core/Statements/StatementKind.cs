namespace JobCapture.Core.Statements;

public enum StatementKind
{
    NoCalls,
    NoContact,
    NoEmail,
    NoVisits,
    NoAgencies,
    OnlyShortlisted,
    ApplyChannelOnly,
    InvitesCall,
    InvitesEmail,
    InvitesVisit,
}

public enum Audience
{
    Applicants,
    Agencies,
}
