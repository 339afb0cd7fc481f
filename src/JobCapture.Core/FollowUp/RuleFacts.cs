using JobCapture.Core.Contacts;
using JobCapture.Core.Statements;

namespace JobCapture.Core.FollowUp;

/// <summary>The facts the rules ask about, gathered once: what the posting says to applicants (statements addressed
/// to agencies are left out here, so they can never restrict the applicant), which contacts are usable, and what
/// kind of job it is.</summary>
internal sealed class RuleFacts
{
    private readonly ILookup<StatementKind, int> _toApplicants;

    public RuleFacts(FollowUpFacts facts, RoleTraits traits)
    {
        Facts = facts;
        Traits = traits;
        _toApplicants = facts.Statements
            .Select((statement, index) => (statement, index))
            .Where(s => s.statement.Audience == Audience.Applicants)
            .ToLookup(s => s.statement.Kind, s => s.index);
        EmployerPhones = ContactsWhere(c => c.Kind == ContactKind.Phone && c.Category != ContactCategory.Fax);
        WritableEmails = ContactsWhere(IsPersonOrTeamAddress);
        GeneralEmails = ContactsWhere(c => c.Kind == ContactKind.Email && c.Category == ContactCategory.Company);
        NamedPeople = ContactsWhere(c => c.Kind == ContactKind.Person || !string.IsNullOrWhiteSpace(c.Name));
    }

    public FollowUpFacts Facts { get; }

    public RoleTraits Traits { get; }

    public IReadOnlyList<int> EmployerPhones { get; }

    /// <summary>Addresses a person or the hiring team reads. An address of unknown category counts: most are.</summary>
    public IReadOnlyList<int> WritableEmails { get; }

    public IReadOnlyList<int> GeneralEmails { get; }

    public IReadOnlyList<int> NamedPeople { get; }

    public IReadOnlyList<int> SaidToApplicants(StatementKind kind) => _toApplicants[kind].ToList();

    private static bool IsPersonOrTeamAddress(Contact contact) =>
        contact.Kind == ContactKind.Email && contact.Category is null or ContactCategory.Personal or ContactCategory.Team;

    private List<int> ContactsWhere(Func<Contact, bool> predicate) =>
        Facts.Contacts.Select((contact, index) => (contact, index)).Where(c => predicate(c.contact)).Select(c => c.index).ToList();
}
