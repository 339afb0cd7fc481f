using System.Text.RegularExpressions;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Contacts;

/// <summary>Contacts that live in links and structured data: mailto:, tel:, Cloudflare-protected addresses,
/// WhatsApp links, LinkedIn profiles, ATS apply links and JSON-LD applicationContact.</summary>
internal static partial class LinkReader
{
    private static readonly ContactVocabulary Words = ContactVocabulary.Shared;
    private static readonly HashSet<string> ApplyWords = new(Words.ApplyWords, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<Contact> FromAnchors(IReadOnlyList<PageAnchor> anchors, Uri? pageUri, IReadOnlyList<string> regions)
    {
        foreach (var anchor in anchors)
        {
            foreach (var contact in FromAnchor(anchor, pageUri, regions))
            {
                yield return contact;
            }
        }
    }

    public static IEnumerable<Contact> FromHints(IReadOnlyList<ContactHint> hints, IReadOnlyList<string> regions)
    {
        foreach (var hint in hints)
        {
            if (hint.Email is { } email && EmailAddresses.Normalize(email.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase)) is { } address)
            {
                yield return new Contact(ContactKind.Email, address, email, -1, -1) { Name = hint.Name, Category = EmailAddresses.Classify(address) };
            }

            if (hint.Telephone is { } telephone && PhoneFinder.NormalizeStated(telephone, regions) is { } phone)
            {
                yield return new Contact(ContactKind.Phone, phone, telephone, -1, -1) { Name = hint.Name };
            }

            if (hint.Email is null && hint.Telephone is null && hint.Name is { Length: > 0 } name)
            {
                yield return new Contact(ContactKind.Person, name, name, -1, -1) { Role = ContactRole.Other };
            }

            if (hint.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && ProfileOrApply(uri, "", -1, -1) is { } link)
            {
                yield return link;
            }
        }
    }

    /// <summary>LinkedIn profile and company URLs written as text (not as links).</summary>
    public static IEnumerable<Contact> ProfilesInText(string text)
    {
        if (!text.Contains("linkedin.", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        foreach (Match match in LinkedInInText().Matches(text))
        {
            var url = match.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? match.Value : "https://" + match.Value;
            if (Uri.TryCreate(url.TrimEnd('.', ','), UriKind.Absolute, out var uri) && ProfileOrApply(uri, "", match.Index, match.Index + match.Length) is { } profile)
            {
                yield return profile with { Display = match.Value };
            }
        }
    }

    private static IEnumerable<Contact> FromAnchor(PageAnchor anchor, Uri? pageUri, IReadOnlyList<string> regions)
    {
        var (start, end) = anchor.End > anchor.Start ? (anchor.Start, anchor.End) : (-1, -1);
        var display = anchor.Text.Length > 0 ? anchor.Text : anchor.Href;
        var href = anchor.Href.Trim();

        if (anchor.CloudflareEmail is { } cf && CloudflareEmail.Decode(cf) is { } protectedAddress)
        {
            yield return Email(protectedAddress, display, start, end);
            yield break;
        }

        var protection = href.IndexOf(CloudflareEmail.ProtectionPath, StringComparison.OrdinalIgnoreCase);
        if (protection >= 0)
        {
            if (CloudflareEmail.Decode(href[(protection + CloudflareEmail.ProtectionPath.Length)..]) is { } decoded)
            {
                yield return Email(decoded, display, start, end);
            }

            yield break;
        }

        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var address in MailtoAddresses(href))
            {
                yield return Email(address, display, start, end);
            }

            yield break;
        }

        if (href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("callto:", StringComparison.OrdinalIgnoreCase))
        {
            var number = Uri.UnescapeDataString(href[(href.IndexOf(':') + 1)..]).Split(';')[0];
            if (PhoneFinder.NormalizeStated(number, regions) is { } phone)
            {
                yield return new Contact(ContactKind.Phone, phone, display, start, end);
            }

            yield break;
        }

        if (!MayNameAContact(href, anchor.Text, pageUri) || !Uri.TryCreate(pageUri, href, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield break;
        }

        if (WhatsAppNumber(uri) is { } whatsApp && PhoneFinder.NormalizeStated("+" + whatsApp, regions) is { } whatsAppPhone)
        {
            yield return new Contact(ContactKind.Phone, whatsAppPhone, display, start, end) { Category = ContactCategory.WhatsApp };
        }
        else if (ProfileOrApply(uri, anchor.Text, start, end) is { } link)
        {
            yield return link;
        }
    }

    private static Contact Email(string address, string display, int start, int end) =>
        new(ContactKind.Email, address, display, start, end) { Category = EmailAddresses.Classify(address) };

    private static IEnumerable<string> MailtoAddresses(string href)
    {
        var target = href[7..];
        var query = target.IndexOf('?');
        if (query >= 0)
        {
            target = target[..query];
        }

        foreach (var part in Uri.UnescapeDataString(target).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EmailAddresses.Normalize(part) is { } address)
            {
                yield return address;
            }
        }
    }

    private static string? WhatsAppNumber(Uri uri)
    {
        if (uri.Host.Equals("wa.me", StringComparison.OrdinalIgnoreCase))
        {
            return PhoneNormalizer.Digits(uri.AbsolutePath);
        }

        if (uri.Host.EndsWith("whatsapp.com", StringComparison.OrdinalIgnoreCase))
        {
            var phone = PhoneQuery().Match(uri.Query);
            return phone.Success ? phone.Groups[1].Value : null;
        }

        return null;
    }

    private static Contact? ProfileOrApply(Uri uri, string text, int start, int end)
    {
        var display = text.Length > 0 ? text : uri.AbsoluteUri;
        var linkedIn = LinkedInPath().Match(uri.AbsolutePath);
        if (IsHost(uri, "linkedin.com") && linkedIn.Success)
        {
            var isCompany = linkedIn.Groups["kind"].Value.Equals("company", StringComparison.OrdinalIgnoreCase);
            var value = $"https://www.linkedin.com/{linkedIn.Groups["kind"].Value.ToLowerInvariant()}/{linkedIn.Groups["id"].Value}";
            return new Contact(ContactKind.Profile, value, display, start, end)
            {
                Category = isCompany ? ContactCategory.Company : ContactCategory.Personal,
                Name = isCompany || text.Length == 0 || text.Contains("linkedin", StringComparison.OrdinalIgnoreCase) ? null : text,
            };
        }

        var isApplyText = IsApplyText(text);
        var isAtsApply = Words.ApplyHosts.Any(host => IsHost(uri, host)) && !IsHost(uri, "linkedin.com")
            && (isApplyText || uri.PathAndQuery.Contains("apply", StringComparison.OrdinalIgnoreCase));
        return isAtsApply || (isApplyText && !IsHost(uri, "linkedin.com"))
            ? new Contact(ContactKind.ApplyLink, uri.GetLeftPart(UriPartial.Query), display, start, end)
            : null;
    }

    private static bool IsApplyText(string text) => ApplyWords.Contains(text.Trim().TrimEnd('!', '.', '→', '›').Trim());

    /// <summary>Whether a web link could be a contact at all: one whose text asks to apply, or whose host (its own or,
    /// for a relative link, the page's) is WhatsApp, LinkedIn or an applicant tracking system. A page has thousands
    /// of links, and parsing each as a URI only to find it is none of these is most of the work.</summary>
    private static bool MayNameAContact(string href, string text, Uri? pageUri) =>
        href.AsSpan().ContainsAny(ContactHosts) || (pageUri is not null && pageUri.Host.AsSpan().ContainsAny(ContactHosts)) || IsApplyText(text);

    private static readonly System.Buffers.SearchValues<string> ContactHosts = System.Buffers.SearchValues.Create(
        [.. Words.ApplyHosts, "linkedin.", "wa.me", "whatsapp."], StringComparison.OrdinalIgnoreCase);

    private static bool IsHost(Uri uri, string host) =>
        uri.Host.Equals(host, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^/(?<kind>in|company)/(?<id>[^/?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedInPath();

    [GeneratedRegex(@"(?<![\w/.])(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|company)/[A-Za-z0-9_%.\-]+[A-Za-z0-9_%\-]/?", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedInInText();

    [GeneratedRegex(@"[?&]phone=\+?(\d{6,15})")]
    private static partial Regex PhoneQuery();
}
