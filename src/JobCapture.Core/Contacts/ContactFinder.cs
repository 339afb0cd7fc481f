using System.Text.RegularExpressions;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Contacts;

/// <summary>First cut: plain email addresses and phone numbers in the text and in mailto:/tel: links. The contacts
/// issue takes this to full depth.</summary>
public sealed partial class ContactFinder : IContactFinder
{
    private readonly AnalyzerOptions _options;

    public ContactFinder(AnalyzerOptions options) => _options = options;

    public IReadOnlyList<Contact> Find(PageContent page, string language)
    {
        var contacts = new List<Contact>();
        foreach (Match match in EmailPattern().Matches(page.Text))
        {
            contacts.Add(new Contact(ContactKind.Email, match.Value.ToLowerInvariant(), match.Value, match.Index, match.Index + match.Length));
        }

        foreach (Match match in PhonePattern().Matches(page.Text))
        {
            var digits = new string(match.Value.Where(char.IsDigit).ToArray());
            var value = match.Value.StartsWith('+') ? "+" + digits
                : digits.Length == 10 && _options.DefaultRegion == "US" ? "+1" + digits
                : digits;
            contacts.Add(new Contact(ContactKind.Phone, value, match.Value, match.Index, match.Index + match.Length));
        }

        return contacts;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")]
    private static partial Regex PhonePattern();
}
