using System.Text.RegularExpressions;

namespace JobCapture.Core.Identity;

/// <summary>A posting's title, company and location folded so that the same job written by two sites compares equal:
/// case, accents, punctuation and whitespace do not count, nor a company's legal suffix ("GmbH", "Inc."), a title's
/// gender marker ("(m/w/d)") or the order of several locations. Empty when any of the three is unknown: a posting
/// is never matched on less.</summary>
public static partial class PostingFieldsKey
{
    public static string For(string title, string company, string location)
    {
        var parts = new[]
        {
            FoldedText.Of(GenderMarker().Replace(title, " ")),
            CompanyKeys.For(company),
            string.Join("; ", location.Split(';').Select(FoldedText.Of).Where(part => part.Length > 0).Order(StringComparer.Ordinal)),
        };
        return parts.Any(part => part.Length == 0) ? "" : string.Join(" | ", parts);
    }

    // "(m/w/d)", "(f/m/x)", "(w/m/d)", "(m/f/d)", "(all genders)" and the like, as German and other boards add them.
    [GeneratedRegex(@"\(\s*(?:[mwfdxi]\s*[/|,]\s*)+[mwfdxi]\s*\)|\(\s*all\s+genders?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderMarker();
}
