using System.Text.Json;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>
/// Puts the posting's fields together from its sources in order of trust: JSON-LD JobPosting, microdata, the job
/// board's markup, then the page's headings and title tags. A field takes the first source that states it.
/// </summary>
internal static class PostingFieldsReader
{
    public static PostingFields Read(PageScan scan, JsonElement? jsonLdPosting, string description, string? capturedUrl)
    {
        var structured = jsonLdPosting is { } posting ? JsonLdFields.From(posting) : PostingFields.Empty;
        var fields = structured.Or(MicrodataFields.From(scan)).Or(PageFields.FromMarkup(scan));
        fields = fields.Or(PageFields.FromHeadings(scan, fields.Title));
        var canonical = PageIdentity.CanonicalUrl(scan, structured.CanonicalUrl, capturedUrl);
        return fields with
        {
            Description = description,
            CanonicalUrl = canonical,
            // A results page's URL carries numbers too (/jobs/in-40210); only a page that is a posting has a job id.
            JobId = fields.JobId.Length > 0 || fields.Title.Length == 0 ? fields.JobId : IdFromUrls(canonical, capturedUrl),
            Remote = fields.Remote.Length > 0 ? fields.Remote : FieldWords.Default.WorkPlaceIn($"{fields.Title} | {fields.Location} | {fields.EmploymentType}"),
        };
    }

    private static string IdFromUrls(string canonical, string? capturedUrl) =>
        PageIdentity.JobIdFromUrl(canonical) is { Length: > 0 } id ? id : PageIdentity.JobIdFromUrl(capturedUrl ?? "");
}
