namespace JobCapture.Core.Contacts;

/// <summary>
/// The employer's own domain, derived from a contact address that is not a free-mail one (seed 003: the address
/// names the company's site). Exposed as a helper rather than as an extra contact, so a sentence with one email
/// still yields exactly one contact.
/// </summary>
public static class CompanyDomain
{
    /// <summary>The whole host after '@' ("careers.acme.example" stays as written: no public-suffix list is
    /// available offline), or null for free-mail or malformed input.</summary>
    public static string? FromEmail(string email)
    {
        var at = email.LastIndexOf('@');
        if (at < 0 || at == email.Length - 1)
        {
            return null;
        }

        var domain = email[(at + 1)..].Trim().ToLowerInvariant();
        return domain.Contains('.', StringComparison.Ordinal) && !EmailAddresses.IsFreeMail(domain) ? domain : null;
    }

    /// <summary>The first company domain among the contacts' email addresses (team boxes first), or null.</summary>
    public static string? FromContacts(IEnumerable<Contact> contacts) =>
        contacts
            .Where(c => c.Kind == ContactKind.Email && c.Category != ContactCategory.NoReply)
            .OrderBy(c => c.Category == ContactCategory.Team ? 0 : 1)
            .Select(c => FromEmail(c.Value))
            .FirstOrDefault(d => d is not null);
}
