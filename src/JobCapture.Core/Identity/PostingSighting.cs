using JobCapture.Core.Contacts;

namespace JobCapture.Core.Identity;

/// <summary>
/// One place a posting was seen, as <see cref="SamePosting"/> compares it. <see cref="Key"/> is the page's own posting
/// key (<see cref="PostingIdentity.KeyFor"/> of its URL and canonical URL); <see cref="AtsKey"/> the job board or tracking system job its apply
/// link names ("greenhouse:5071418007" on a LinkedIn page), empty when it names none or several; <see cref="FieldsKey"/>
/// its title, company and location folded (<see cref="PostingFieldsKey"/>), empty when one of them is unknown.
/// </summary>
public sealed record PostingSighting(string Key, string AtsKey, string FieldsKey, DateTimeOffset SeenAt)
{
    public static PostingSighting Of(string key, Analysis analysis, DateTimeOffset seenAt)
    {
        var fields = analysis.Posting;
        return new PostingSighting(key, AtsKeyIn(analysis, key), PostingFieldsKey.For(fields.Title, fields.Company, fields.Location), seenAt);
    }

    /// <summary>The keys this sighting is known by: the page's own and the one its apply link names.</summary>
    public IEnumerable<string> Keys => AtsKey.Length > 0 ? [Key, AtsKey] : [Key];

    private static string AtsKeyIn(Analysis analysis, string ownKey)
    {
        var named = analysis.Contacts
            .Where(contact => contact.Kind == ContactKind.ApplyLink)
            .Select(contact => PostingIdentity.BoardKeyFor(contact.Value))
            .OfType<string>()
            .Where(key => key != ownKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return named.Count == 1 ? named[0] : "";
    }
}
