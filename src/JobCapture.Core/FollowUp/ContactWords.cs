using System.Globalization;
using JobCapture.Core.Contacts;

namespace JobCapture.Core.FollowUp;

/// <summary>How the plan and drafts name people, dates and roles, in plain English.</summary>
internal static class ContactWords
{
    private const int LongestQuote = 160;

    /// <summary>The person behind a contact: its own name, or a person on the page whose first or last name the
    /// address is made of (dana.lee@ belongs to Dana Lee).</summary>
    public static string? PersonName(Contact contact, IReadOnlyList<Contact> all)
    {
        if (!string.IsNullOrWhiteSpace(contact.Name))
        {
            return contact.Name;
        }

        if (contact.Kind != ContactKind.Email)
        {
            return contact.Kind == ContactKind.Person ? contact.Display : null;
        }

        var localPart = contact.Value.Split('@')[0];
        return all.Where(c => c.Kind == ContactKind.Person || !string.IsNullOrWhiteSpace(c.Name))
            .Select(c => c.Name ?? c.Display)
            .FirstOrDefault(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(part => part.Length > 2 && localPart.Contains(part, StringComparison.OrdinalIgnoreCase)));
    }

    public static string? RoleWords(ContactRole? role) => role switch
    {
        ContactRole.HiringManager => "hiring manager",
        ContactRole.Recruiter => "recruiter",
        ContactRole.Hr => "HR",
        _ => null,
    };

    /// <summary>"Dana Lee (hiring manager)", "Dana Lee", or null when nobody is named.</summary>
    public static string? Who(Contact contact, IReadOnlyList<Contact> all)
    {
        var name = PersonName(contact, all);
        var role = RoleWords(contact.Role ?? all.FirstOrDefault(c => (c.Name ?? c.Display) == name && c.Role is not null)?.Role);
        return name is null ? null : role is null ? name : $"{name} ({role})";
    }

    /// <summary>"Tue 2 Dec", with the year when it is not the year of <paramref name="reference"/>.</summary>
    public static string Day(DateOnly date, DateOnly? reference = null) =>
        date.ToString(reference is { } r && r.Year == date.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A statement as quoted evidence: whole when short, else cut at a word.</summary>
    public static string Quote(string sentence)
    {
        var text = sentence.Trim();
        if (text.Length <= LongestQuote)
        {
            return $"'{text}'";
        }

        var cut = text.LastIndexOf(' ', LongestQuote);
        return $"'{text[..(cut > 0 ? cut : LongestQuote)]}…'";
    }

    public static string TheRole(FollowUpFacts facts) =>
        facts.Posting.Title.Length == 0 ? "the position you advertised"
        : facts.Posting.Company.Length == 0 ? $"the {facts.Posting.Title} role"
        : $"the {facts.Posting.Title} role at {facts.Posting.Company}";
}
