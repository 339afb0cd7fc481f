using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>Fields from schema.org JobPosting microdata (<c>itemprop</c> inside <c>itemtype=".../JobPosting"</c>).</summary>
internal static class MicrodataFields
{
    public static PostingFields From(PageScan scan)
    {
        // A results page marks up every card as a JobPosting; no card is "the" posting, so none lends its fields.
        if (scan.MicrodataPostings != 1)
        {
            return PostingFields.Empty;
        }

        var props = scan.Microdata;
        var location = First(props, "jobLocation.address.addressLocality", "jobLocation.address", "jobLocation.name", "jobLocation");
        var region = First(props, "jobLocation.address.addressRegion");
        var fullLocation = string.Join(", ", new[] { location, region }.Where(p => p.Length > 0).Distinct());
        return new PostingFields
        {
            Title = First(props, "title", "name"),
            Company = First(props, "hiringOrganization.name", "hiringOrganization"),
            Location = fullLocation,
            Locations = fullLocation.Length > 0 ? [fullLocation] : [],
            EmploymentType = FieldWords.Default.EmploymentType(First(props, "employmentType")),
            DatePosted = First(props, "datePosted"),
            ValidThrough = First(props, "validThrough"),
        };
    }

    private static string First(Dictionary<string, string> props, params string[] keys) =>
        keys.Select(key => props.GetValueOrDefault(key, "")).FirstOrDefault(value => value.Length > 0) ?? "";
}
