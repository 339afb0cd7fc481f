using JobCapture.Core.Reading;

namespace JobCapture.Core.Contacts;

/// <summary>
/// Finds every way a posting gives to reach someone: emails, phones, people, profiles and apply links, from the
/// visible text, the links and the structured data. The same contact found twice is reported once, at its place
/// in the text when it has one. Contacts that exist only in markup (a mailto: link without text, JSON-LD) carry
/// offsets -1. The company's own domain is not a separate contact: see <see cref="CompanyDomain"/>.
/// </summary>
public sealed class ContactFinder : IContactFinder
{
    /// <summary>How far (in characters, same line) a name may be from the address or number it belongs to.</summary>
    private const int NameReach = 80;

    private readonly AnalyzerOptions _options;

    public ContactFinder(AnalyzerOptions options) => _options = options;

    public IReadOnlyList<Contact> Find(PageContent page, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var regions = RegionsToTry(page, language);
        var pageUri = Uri.TryCreate(page.Url, UriKind.Absolute, out var uri) ? uri : null;

        var reachable = new List<Contact>();
        reachable.AddRange(EmailFinder.Find(page.Text));
        cancellationToken.ThrowIfCancellationRequested();
        reachable.AddRange(PhoneFinder.Find(page.Text, regions));
        cancellationToken.ThrowIfCancellationRequested();
        reachable.AddRange(LinkReader.FromAnchors(page.Anchors, pageUri, regions));
        reachable.AddRange(LinkReader.ProfilesInText(page.Text));
        reachable.AddRange(LinkReader.FromHints(page.ContactHints, regions));
        cancellationToken.ThrowIfCancellationRequested();

        var people = PersonFinder.Find(page.Text).ToList();
        var named = AttachNames(page.Text, reachable, people, out var attached);
        var standalonePeople = people.Where((p, i) => p.Standalone || attached.Contains(i)).Select(p => p.Contact);
        var merged = ContactMerger.Merge(named.Concat(standalonePeople));
        return CompanyProfiles.KeepThePostingsCompany(merged, page.Fields.Company);
    }

    /// <summary>The posting's location, then its language, then the configured default, then the usual others.</summary>
    private List<string> RegionsToTry(PageContent page, string language)
    {
        var regions = new List<string>();
        if (CountryRegions.OfLocation(page.Fields.Location) is { } fromLocation)
        {
            regions.Add(fromLocation);
        }

        if (ContactVocabulary.Shared.LanguageRegions.TryGetValue(language ?? "", out var fromLanguage))
        {
            regions.Add(fromLanguage);
        }

        // A page in Korean or Chinese says nothing for the user's region or the usual others: its numbers stay as written.
        if (Script.IsMostlyLatin(page.Text))
        {
            regions.Add(_options.DefaultRegion);
            regions.AddRange(ContactVocabulary.Shared.FallbackRegions);
        }

        return regions.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static List<Contact> AttachNames(string text, List<Contact> reachable, List<FoundPerson> people, out HashSet<int> attached)
    {
        attached = [];
        var result = new List<Contact>(reachable.Count);
        foreach (var contact in reachable)
        {
            var nearest = contact.Name is null && contact.Start >= 0 && contact.Kind is ContactKind.Email or ContactKind.Phone
                ? NearestPerson(text, contact, people)
                : -1;
            if (nearest < 0)
            {
                result.Add(contact);
                continue;
            }

            attached.Add(nearest);
            var person = people[nearest].Contact;
            result.Add(contact with { Name = person.Value, Role = contact.Role ?? person.Role });
        }

        return result;
    }

    private static int NearestPerson(string text, Contact contact, List<FoundPerson> people)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i].Contact;
            var distance = person.End <= contact.Start ? contact.Start - person.End
                : contact.End <= person.Start ? person.Start - contact.End
                : 0;
            if (distance < bestDistance && distance <= NameReach && OnSameLine(text, person, contact))
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool OnSameLine(string text, Contact a, Contact b)
    {
        var from = Math.Min(a.Start, b.Start);
        var to = Math.Max(a.End, b.End);
        return text.IndexOf('\n', from, to - from) < 0;
    }
}
