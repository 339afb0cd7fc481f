using System.Text.RegularExpressions;

namespace JobCapture.Core.Contacts;

/// <summary>What makes a string an email address worth showing, and what sort of box it is.</summary>
internal static partial class EmailAddresses
{
    private static readonly ContactVocabulary Words = ContactVocabulary.Shared;
    private static readonly HashSet<string> FileExtensions = new(Words.FileExtensions, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> FreeMail = new(Words.FreeMailDomains, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TeamBoxes = new(Words.TeamLocalParts, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> NoReplyBoxes = new(Words.NoReplyLocalParts, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> OtherPurposeBoxes = new(Words.OtherPurposeLocalParts, StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-cased address, or null when it is not a plausible address (a file name such as logo@2x.png).</summary>
    public static string? Normalize(string candidate)
    {
        var address = candidate.Trim().TrimEnd('.', ',', ';', ':', ')', ']', '>', '\'', '"').ToLowerInvariant();
        if (!WholeAddress().IsMatch(address))
        {
            return null;
        }

        var topLevel = address[(address.LastIndexOf('.') + 1)..];
        return FileExtensions.Contains(topLevel) ? null : address;
    }

    public static ContactCategory Classify(string address)
    {
        var local = address[..address.IndexOf('@')];
        if (NoReplyBoxes.Contains(local) || local.StartsWith("noreply", StringComparison.Ordinal) || local.StartsWith("no-reply", StringComparison.Ordinal))
        {
            return ContactCategory.NoReply;
        }

        var firstWord = SeparatorPattern().Split(local)[0];
        if (OtherPurposeBoxes.Contains(local) || OtherPurposeBoxes.Contains(firstWord))
        {
            return ContactCategory.OtherPurpose;
        }

        return TeamBoxes.Contains(local) || TeamBoxes.Contains(firstWord) ? ContactCategory.Team : ContactCategory.Personal;
    }

    /// <summary>Whether applicants could write to this box: not a no-reply sender, nor a box kept for the press or privacy.</summary>
    public static bool TakesApplicants(string address) => Classify(address) is not (ContactCategory.NoReply or ContactCategory.OtherPurpose);

    public static bool IsFreeMail(string domain) => FreeMail.Contains(domain);

    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeAddress();

    [GeneratedRegex(@"[._+-]")]
    private static partial Regex SeparatorPattern();
}
