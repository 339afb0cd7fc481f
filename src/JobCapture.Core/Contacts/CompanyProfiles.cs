namespace JobCapture.Core.Contacts;

/// <summary>Job boards list "similar jobs" with links to other companies' LinkedIn pages; only the posting's own
/// company is a contact. That is the profile named like the posting's company, or else the first one on the page.</summary>
internal static class CompanyProfiles
{
    public static IReadOnlyList<Contact> KeepThePostingsCompany(IReadOnlyList<Contact> contacts, string company)
    {
        var profiles = contacts.Where(IsCompanyProfile).ToList();
        if (profiles.Count <= 1)
        {
            return contacts;
        }

        var wanted = Letters(company);
        var named = wanted.Length == 0 ? null
            : profiles.FirstOrDefault(p => Letters(p.Display) == wanted || Letters(p.Value[(p.Value.LastIndexOf('/') + 1)..]) == wanted);
        var keep = named ?? profiles[0];
        return contacts.Where(c => !IsCompanyProfile(c) || ReferenceEquals(c, keep)).ToList();
    }

    private static bool IsCompanyProfile(Contact contact) =>
        contact.Kind == ContactKind.Profile && contact.Category == ContactCategory.Company;

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
